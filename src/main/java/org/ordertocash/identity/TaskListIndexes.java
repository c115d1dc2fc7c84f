package org.ordertocash.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes on Camunda's tables for the narrowed task list (docs/adr/0006), created once the engine
 * has created or checked its schema. The identity-link indexes hold all that the visibility
 * condition reads, so the database answers it from the index alone; the due-date index lets a
 * page ordered as the seeded filters order it stop after its last row.
 */
final class TaskListIndexes {

  private static final Logger log = LoggerFactory.getLogger(TaskListIndexes.class);

  static final List<String> STATEMENTS = List.of(
      "create index if not exists OTC_IDX_IDENT_LNK_GROUP_TASK on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
      "create index if not exists OTC_IDX_IDENT_LNK_USER_TASK on ACT_RU_IDENTITYLINK (USER_ID_, TYPE_, TASK_ID_)",
      "create index if not exists OTC_IDX_TASK_DUE_CREATE on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ desc)");

  private TaskListIndexes() {}

  static void create(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : STATEMENTS) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      // e.g. another node creating the same index at the same moment; lists stay correct, only slower
      log.warn("Could not create the task list indexes: {}", e.getMessage());
    }
  }
}
