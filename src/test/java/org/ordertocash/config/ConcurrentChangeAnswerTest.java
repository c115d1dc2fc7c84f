package org.ordertocash.config;

import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A write that lost a race to another transaction answers 409 with a sentence, whichever layer
 * noticed: the engine, Spring, or JPA at the flush before commit (issue 16's load run found the
 * last one answering 500), also in Camunda's REST API (two reviewers finishing at once did).
 */
class ConcurrentChangeAnswerTest {

  final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Racing())
      .setControllerAdvice(new ApiExceptionHandler(mock(DatabaseHealth.class))).build();

  @ParameterizedTest
  @ValueSource(strings = {"engine", "spring", "jpa"})
  void aLostRaceAnswers409WithASentence(String layer) throws Exception {
    mvc.perform(post("/race/" + layer))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value("The order changed at the same moment; please try again"));
  }

  @org.junit.jupiter.api.Test
  void aLostRaceInCamundasRestApiAnswers409WithASentence() {
    var lost = new org.camunda.bpm.engine.OptimisticLockingException(
        "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[42]' failed. Entity was updated by another transaction concurrently.");
    var wrapped = new org.camunda.bpm.engine.rest.exception.RestException(
        jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR, lost, "Cannot complete task 7: " + lost.getMessage());

    for (var answer : java.util.List.of(new TaskRefusalExceptionMapper(mock(DatabaseHealth.class)).toResponse(wrapped),
        new TaskRefusalEngineExceptionMapper(mock(DatabaseHealth.class)).toResponse(lost))) {
      org.assertj.core.api.Assertions.assertThat(answer.getStatus()).isEqualTo(409);
      org.assertj.core.api.Assertions.assertThat((java.util.Map<String, Object>) answer.getEntity())
          .containsEntry("message", "Someone changed this process at the same moment; please try again");
    }
  }

  @RestController
  static class Racing {
    @PostMapping("/race/{layer}")
    void race(@PathVariable String layer) {
      throw switch (layer) {
        case "engine" -> new org.camunda.bpm.engine.OptimisticLockingException("ENGINE-03005");
        case "spring" -> new ObjectOptimisticLockingFailureException("Invoice", 51L);
        default -> new OptimisticLockException("Row was updated or deleted by another transaction");
      };
    }
  }
}
