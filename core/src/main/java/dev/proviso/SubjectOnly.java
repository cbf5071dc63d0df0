package dev.proviso;

import dev.proviso.model.Condition;
import dev.proviso.model.Value;

/** Whether a condition reads only subject attributes (no consent, context, events or clock). */
final class SubjectOnly {
  private SubjectOnly() {}

  static boolean test(Condition c) {
    if (c instanceof Condition.And and) {
      return and.operands().stream().allMatch(SubjectOnly::test);
    }
    if (c instanceof Condition.Or or) {
      return or.operands().stream().allMatch(SubjectOnly::test);
    }
    if (c instanceof Condition.Not not) {
      return test(not.operand());
    }
    if (c instanceof Condition.Compare cmp) {
      return test(cmp.left()) && test(cmp.right());
    }
    if (c instanceof Condition.In in) {
      return test(in.value()) && test(in.options());
    }
    if (c instanceof Condition.Has has) {
      return test(has.attribute());
    }
    if (c instanceof Condition.IsTrue isTrue) {
      return test(isTrue.value());
    }
    return false; // consent and opt-outs ask the consent view
  }

  private static boolean test(Value v) {
    if (v instanceof Value.Attribute a) {
      return a.scope() == Value.Scope.SUBJECT;
    }
    if (v instanceof Value.ListLiteral list) {
      return list.elements().stream().allMatch(SubjectOnly::test);
    }
    return !(v instanceof Value.Elapsed || v instanceof Value.Shifted || v instanceof Value.Now);
  }
}
