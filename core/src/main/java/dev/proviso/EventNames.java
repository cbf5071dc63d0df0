package dev.proviso;

import dev.proviso.model.Condition;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.Value;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event names a policy reads ({@code event.x}, {@code elapsed(event.x)}, a retention's {@code
 * after x}): events are not declared, so this is what an accessor binding an event is checked
 * against (a name the policy never reads is a typo).
 */
final class EventNames {
  private EventNames() {}

  static Set<String> of(PolicyModel model) {
    Set<String> names = new TreeSet<>();
    for (RuleDefinition rule : model.rules()) {
      rule.when().ifPresent(c -> add(c, names));
      rule.unless().ifPresent(c -> add(c, names));
      for (ObligationDefinition o : rule.obligations()) {
        if (o instanceof ObligationDefinition.NotBefore n) {
          add(n.instant(), names);
        }
      }
    }
    for (RegimeDefinition regime : model.regimes()) {
      regime.appliesWhen().ifPresent(c -> add(c, names));
    }
    for (RetentionDefinition retention : model.retentions()) {
      names.add(retention.event());
    }
    return names;
  }

  private static void add(Condition c, Set<String> names) {
    if (c instanceof Condition.And and) {
      and.operands().forEach(o -> add(o, names));
    } else if (c instanceof Condition.Or or) {
      or.operands().forEach(o -> add(o, names));
    } else if (c instanceof Condition.Not not) {
      add(not.operand(), names);
    } else if (c instanceof Condition.Compare compare) {
      add(compare.left(), names);
      add(compare.right(), names);
    } else if (c instanceof Condition.In in) {
      add(in.value(), names);
      add(in.options(), names);
    } else if (c instanceof Condition.Has has) {
      add(has.attribute(), names);
    } else if (c instanceof Condition.IsTrue isTrue) {
      add(isTrue.value(), names);
    }
  }

  private static void add(Value v, Set<String> names) {
    if (v instanceof Value.Attribute a && a.scope() == Value.Scope.EVENT) {
      names.add(a.name());
    } else if (v instanceof Value.Elapsed e) {
      names.add(e.event());
    } else if (v instanceof Value.Shifted s) {
      add(s.instant(), names);
    } else if (v instanceof Value.ListLiteral l) {
      l.elements().forEach(e -> add(e, names));
    }
  }
}
