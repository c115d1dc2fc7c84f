package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The /api body limit, and the larger one for signed contract PDFs only. */
class RequestBodyLimitTest {

  final RequestBodyLimit limit = new RequestBodyLimit(100, 1000);

  static MockHttpServletRequest request(String uri, String contentType, int size) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
    request.setContentType(contentType);
    request.setContent(new byte[size]);
    return request;
  }

  int status(MockHttpServletRequest request) throws ServletException, IOException {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    limit.doFilter(request, response, chain);
    if (response.getStatus() == 400) {
      assertThat(response.getContentAsString()).contains("\"status\":400", "too large");
      assertThat(chain.getRequest()).isNull();
    }
    return response.getStatus();
  }

  @Test
  void signedContractPdfsMayBeUpToTheUploadLimit() throws Exception {
    assertThat(status(request("/api/contracts/CT-2026-000001/signature", "application/pdf", 1000))).isEqualTo(200);
    assertThat(status(request("/api/contracts/CT-2026-000001/signature", "application/pdf", 1001))).isEqualTo(400);
  }

  @Test
  void everythingElseKeepsTheApiLimit() throws Exception {
    assertThat(status(request("/api/contracts/CT-2026-000001/signature", "application/json", 101))).isEqualTo(400);
    assertThat(status(request("/api/orders", "application/pdf", 101))).isEqualTo(400);
    assertThat(status(request("/api/contracts/CT-1/signature/x", "application/pdf", 101))).isEqualTo(400);
    assertThat(status(request("/api/orders", "application/json", 100))).isEqualTo(200);
  }

  @Test
  void aStreamedBodyIsCutAtTheLimitToo() throws Exception {
    MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/contracts/CT-2026-000001/signature") {
      @Override
      public long getContentLengthLong() {
        return -1;
      }
    };
    chunked.setContentType("application/pdf");
    chunked.setContent(new byte[1001]);
    MockFilterChain chain = new MockFilterChain();
    limit.doFilter(chunked, new MockHttpServletResponse(), chain);
    assertThatThrownBy(() -> chain.getRequest().getInputStream().readAllBytes())
        .isInstanceOf(RequestBodyLimit.TooLargeException.class).hasMessageContaining("at most 1000 bytes");
  }
}
