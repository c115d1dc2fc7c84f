package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AdminSetupGuardUnitTest {

  private final IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);

  private void adminMembers(long count) {
    when(identityService.createUserQuery().memberOfGroup(Groups.ADMINS).count()).thenReturn(count);
  }

  private MockHttpServletResponse call(AdminSetupGuard guard, String uri) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
    MockHttpServletResponse response = new MockHttpServletResponse();
    guard.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @ParameterizedTest
  @CsvSource({
      "/camunda/api/admin/setup/default/user/create, /camunda/api/admin/setup/default/user/create",
      "//camunda//api/admin/setup/default/user/create, /camunda/api/admin/setup/default/user/create",
      "/Camunda/API/admin/SETUP/default/user/create;jsessionid=1, /camunda/api/admin/setup/default/user/create",
      "/camunda/api/admin;a=b/setup;c=d/default, /camunda/api/admin/setup/default",
      "/camunda/api/admin/%2573etup/default, /camunda/api/admin/setup/default",
      "/camunda/api/admin/x/../setup/./default, /camunda/api/admin/setup/default"})
  void normalisation(String raw, String expected) {
    assertThat(AdminSetupGuard.normalise(raw)).isEqualTo(expected);
  }

  @Test
  void configuredAdminUserBlocksSetupEvenWithoutMembers() throws Exception {
    adminMembers(0);
    AdminSetupGuard guard = new AdminSetupGuard(identityService, "/camunda", "admin");
    assertThat(call(guard, "/camunda/api/admin/setup/default/user/create").getStatus()).isEqualTo(403);
    assertThat(call(guard, "/camunda/api/admin/setup").getStatus()).isEqualTo(403);
    assertThat(call(guard, "/camunda/api/admin/user/default/").getStatus()).isEqualTo(200);
    assertThat(call(guard, "/camunda/api/admin/setupx").getStatus()).isEqualTo(200);
  }

  @Test
  void adminMemberBlocksSetup() throws Exception {
    adminMembers(1);
    AdminSetupGuard guard = new AdminSetupGuard(identityService, "/camunda", "");
    MockHttpServletResponse response = call(guard, "/camunda/api/admin/setup/default/user/create");
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentAsString()).contains(AdminSetupGuard.MESSAGE);
  }

  @Test
  void emptyInstallMayUseSetup() throws Exception {
    adminMembers(0);
    AdminSetupGuard guard = new AdminSetupGuard(identityService, "/camunda", null);
    assertThat(call(guard, "/camunda/api/admin/setup/default/user/create").getStatus()).isEqualTo(200);
  }

  @Test
  void customApplicationPath() throws Exception {
    AdminSetupGuard guard = new AdminSetupGuard(identityService, "/ops/", "admin");
    assertThat(call(guard, "/ops/api/admin/setup/default/user/create").getStatus()).isEqualTo(403);
    assertThat(call(guard, "/camunda/api/admin/setup/default/user/create").getStatus()).isEqualTo(200);
  }
}
