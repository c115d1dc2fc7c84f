package org.ordertocash.negotiation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.ordertocash.identity.Groups;
import org.springframework.stereotype.Component;

/** Who may be on a negotiation team: the members of sales, sales managers, finance and legal. */
@Component
public class NegotiationTeams {

  private final IdentityService identityService;

  public NegotiationTeams(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Options for the prepare form's team field: [{label: "Sally Sales (sales)", value: "sally"}, ...]. */
  public TypedValue candidates() {
    Map<String, Map<String, Object>> options = new LinkedHashMap<>();
    for (String group : List.of(Groups.SALES, Groups.SALES_MANAGERS, Groups.FINANCE, Groups.LEGAL)) {
      for (User user : identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
        options.computeIfAbsent(user.getId(), id -> {
          Map<String, Object> option = new LinkedHashMap<>();
          option.put("label", (user.getFirstName() + " " + user.getLastName()).trim() + " (" + group + ")");
          option.put("value", id);
          return option;
        });
      }
    }
    return QuotationLines.toVariable(new ArrayList<>(options.values()));
  }

  /** The team as submitted (a list from the taglist, or text) as "sally, fiona, larry". */
  static String join(Object team) {
    if (team == null) {
      return null;
    }
    if (team instanceof SpinJsonNode json && json.isArray()) {
      return json.elements().stream().map(SpinJsonNode::stringValue).collect(Collectors.joining(", "));
    }
    if (team instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return team.toString();
  }
}
