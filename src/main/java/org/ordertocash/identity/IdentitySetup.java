package org.ordertocash.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.ordertocash.config.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the application's groups and their authorizations, in every profile, on every start.
 * Idempotent: existing groups are left alone, grants only ever gain missing permissions.
 *
 * <p>Runs as an {@link ApplicationRunner} with {@code @Order(StartupOrder.IDENTITY)}: after the
 * process engine is built (the starter has created the admin user and {@code camunda-admin} by
 * then) and before the model deployer and the demo data (see {@link StartupOrder}).
 *
 * <p>Staff groups get their task rights once, on every process definition: READ_TASK and
 * TASK_WORK (claim and complete, not edit or reassign). Which tasks each member sees and works is
 * decided by {@link TaskVisibility} - their groups' tasks and their own, four-eyes rule applied -
 * without an authorization row per task (docs/adr/0006).
 *
 * <p>HISTORIC_TASK / HISTORIC_PROCESS_INSTANCE are only checked with the engine option
 * {@code enableHistoricInstancePermissions}, which is off; auditors read history through
 * READ_HISTORY on the definitions instead.
 */
@Component
@Order(StartupOrder.IDENTITY)
public class IdentitySetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  private static final String WORKFLOW = org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW;
  private static final String SYSTEM = org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;

  /** Group id to name and type. */
  static final Map<String, String[]> GROUPS = new LinkedHashMap<>();

  /** Processes of shipping an order: the warehouse's shipment, the carrier's delivery, claims. */
  static final List<String> SHIPPING_PROCESSES = List.of("shipment", "delivery", "carrier-claim");

  static {
    GROUPS.put(Groups.SALES, new String[] {"Sales", WORKFLOW});
    GROUPS.put(Groups.SALES_MANAGERS, new String[] {"Sales managers", WORKFLOW});
    GROUPS.put(Groups.FINANCE, new String[] {"Finance", WORKFLOW});
    GROUPS.put(Groups.LEGAL, new String[] {"Legal", WORKFLOW});
    GROUPS.put(Groups.WAREHOUSE, new String[] {"Warehouse", WORKFLOW});
    GROUPS.put(Groups.CUSTOMER_SERVICE, new String[] {"Customer service", WORKFLOW});
    GROUPS.put(Groups.PROCESS_OWNERS, new String[] {"Process owners", SYSTEM});
    GROUPS.put(Groups.AUDITORS, new String[] {"Auditors", SYSTEM});
    GROUPS.put(Groups.ADMINS, new String[] {"Camunda administrators", SYSTEM});
  }

  private final IdentityService identityService;
  private final AuthorizationGrants grants;

  public IdentitySetup(IdentityService identityService, AuthorizationGrants grants) {
    this.identityService = identityService;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    setUp();
  }

  public void setUp() {
    GROUPS.forEach((id, nameAndType) -> ensureGroup(id, nameAndType[0], nameAndType[1]));

    for (String staff : Groups.STAFF) {
      grants.grant(staff, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Tasklist shows process names and offers "start process" lists from definitions.
      grants.grant(staff, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK);
    }

    // The warehouse and customer service follow shipments, deliveries and carrier claims as a
    // whole (their instances in Cockpit-less REST queries), not only the tasks they work on.
    for (String group : List.of(Groups.WAREHOUSE, Groups.CUSTOMER_SERVICE)) {
      for (String key : SHIPPING_PROCESSES) {
        grants.grant(group, Resources.PROCESS_DEFINITION, key,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
      }
    }

    String owners = Groups.PROCESS_OWNERS;
    grants.grant(owners, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.grant(owners, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grants.grant(owners, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
    // Process owners see the instances and incidents of every process (Cockpit, read only) and
    // may migrate instances between versions (GET/POST /api/models/...); they change no instance
    // and no variable otherwise.
    grants.grant(owners, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.MIGRATE_INSTANCE);
    grants.grant(owners, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.grant(owners, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.grant(owners, Resources.BATCH, ANY, Permissions.READ, BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);

    // Auditors read, never change.
    String auditors = Groups.AUDITORS;
    grants.grant(auditors, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.grant(auditors, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY);
    grants.grant(auditors, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.grant(auditors, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grants.grant(auditors, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.grant(auditors, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);

    // Delivery tracking and carrier claims: the groups working their tasks (late deliveries, claim
    // evidence and follow-up, accepting a claim's loss) read those processes, their instances and
    // history; warehouse reads deliveries. Auditors read them through the grants above.
    for (String key : new String[] {"delivery", "carrier-claim"}) {
      for (String group : new String[] {Groups.CUSTOMER_SERVICE, Groups.FINANCE, Groups.SALES_MANAGERS}) {
        grants.grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
      }
    }
    grants.grant(Groups.WAREHOUSE, Resources.PROCESS_DEFINITION, "delivery", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);

    for (Resources resource : Resources.values()) {
      grants.grant(Groups.ADMINS, resource, ANY, Permissions.ALL);
    }
    log.info("Identity set up: groups {} and their authorizations", GROUPS.keySet());
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }
}
