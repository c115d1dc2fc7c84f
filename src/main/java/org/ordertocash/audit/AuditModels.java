package org.ordertocash.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.ordertocash.config.DomainException;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Service;

/**
 * The exact model versions an order ran through (BPMN and DMN XML by definition id), for the
 * auditors' diagram and decision views; read without the caller's engine rights, the caller
 * being an auditor already (checked by the controller).
 */
@Service
class AuditModels {

  private final RepositoryService repository;
  private final AsSystem asSystem;

  AuditModels(RepositoryService repository, AsSystem asSystem) {
    this.repository = repository;
    this.asSystem = asSystem;
  }

  byte[] process(String definitionId) {
    return read(() -> repository.getProcessModel(definitionId), "process definition " + definitionId);
  }

  byte[] decision(String definitionId) {
    return read(() -> repository.getDecisionModel(definitionId), "decision definition " + definitionId);
  }

  private byte[] read(java.util.function.Supplier<InputStream> model, String what) {
    return asSystem.call(() -> {
      try (InputStream in = model.get()) {
        return in.readAllBytes();
      } catch (NotFoundException | org.camunda.bpm.engine.exception.NullValueException e) {
        throw new DomainException.NotFound("No " + what);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
