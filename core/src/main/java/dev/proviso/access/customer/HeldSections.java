package dev.proviso.access.customer;

import dev.proviso.access.AccessReport;
import dev.proviso.access.customer.CustomerView.Badge;
import dev.proviso.access.customer.CustomerView.Entry;
import dev.proviso.access.customer.CustomerView.Field;
import dev.proviso.access.customer.CustomerView.Group;
import dev.proviso.access.customer.CustomerView.Section;
import dev.proviso.erasure.Retention;
import dev.proviso.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/** What is held, what it may be used for today, and how long it is kept. */
final class HeldSections {
  private final AccessReport report;
  private final Words w;

  HeldSections(AccessReport report, Words w) {
    this.report = report;
    this.w = w;
  }

  Section held() {
    List<Group> groups = new ArrayList<>();
    for (AccessReport.SystemHoldings s : report.holdings()) {
      List<Entry> entries = new ArrayList<>();
      for (AccessReport.HeldValue v : s.items()) {
        entries.add(item(v));
      }
      groups.add(
          new Group(w.system(s.system()), entries.isEmpty() ? w.m("held.nothing") : "", entries));
    }
    List<String> paragraphs =
        groups.isEmpty() ? List.of(w.m("held.none")) : List.of(w.m("held.intro"));
    return new Section("held", w.m("held.heading"), paragraphs, groups);
  }

  private Entry item(AccessReport.HeldValue v) {
    List<Badge> badges = new ArrayList<>();
    if (v.sensitive()) {
      badges.add(new Badge("sensitive", w.m("badge.sensitive")));
    }
    if (v.provenance() == Provenance.DERIVED) {
      badges.add(new Badge("inferred", w.m("badge.inferred")));
    }
    if (v.restrictedTo() != null) {
      badges.add(new Badge("kept", w.m("badge.kept", w.purpose(v.restrictedTo()))));
    }
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(w.m("field.value"), v.value()));
    fields.add(new Field(w.m("field.record"), v.record()));
    fields.add(new Field(w.m("field.origin"), origin(v)));
    List<String> notes = new ArrayList<>();
    w.description("category", v.category()).ifPresent(notes::add);
    return new Entry(w.category(v.category()), badges, fields, notes);
  }

  /** "Inferred by the affluence model from your purchases, on 3 November 2026." */
  private String origin(AccessReport.HeldValue v) {
    String kind =
        switch (v.provenance()) {
          case PROVIDED -> "provided";
          case OBSERVED -> "observed";
          case DERIVED -> "inferred";
          case UNSPECIFIED -> "unspecified";
        };
    AccessReport.Origin o = v.origin();
    StringBuilder text = new StringBuilder(w.m("origin." + kind));
    if (o != null && o.source() != null) {
      text.append(' ').append(w.m("origin.from", w.originText(o.source())));
    }
    if (o != null && o.method() != null) {
      text.append(' ').append(w.m("origin.by", w.originText(o.method())));
    }
    if (o != null && o.at() != null) {
      text.append(' ').append(w.m("origin.on", w.date(o.at())));
    }
    return text.append('.').toString();
  }

  Section permitted() {
    if (!report.permissionsEvaluated()) {
      return new Section(
          "permitted", w.m("permitted.heading"), List.of(w.m("permitted.notEvaluated")), List.of());
    }
    List<Group> groups = new ArrayList<>();
    for (AccessReport.CategoryPermissions c : report.permissions()) {
      List<Entry> entries = new ArrayList<>();
      for (AccessReport.PermittedPurpose p : c.purposes()) {
        List<String> notes = new ArrayList<>();
        w.description("purpose", p.purpose()).ifPresent(notes::add);
        p.rules().stream().flatMap(id -> w.because(id).stream()).distinct().forEach(notes::add);
        entries.add(new Entry(w.purpose(p.purpose()), List.of(), List.of(), notes));
      }
      groups.add(
          new Group(
              w.category(c.category()),
              entries.isEmpty() ? w.m("permitted.nothing") : "",
              entries));
    }
    return new Section(
        "permitted", w.m("permitted.heading"), List.of(w.m("permitted.intro")), groups);
  }

  Section retention() {
    List<Entry> entries = new ArrayList<>();
    boolean others = false;
    for (AccessReport.SystemHoldings s : report.holdings()) {
      for (AccessReport.HeldValue v : s.items()) {
        Retention r = v.retention();
        if (r == null) {
          others = true;
          continue;
        }
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(w.m("field.system"), w.system(s.system())));
        fields.add(new Field(w.m("field.record"), v.record()));
        fields.add(new Field(w.m("field.until"), w.date(r.until())));
        fields.add(new Field(w.m("field.keptFor"), w.purpose(r.purpose())));
        fields.add(new Field(w.m("field.why"), w.retentionReason(r.ruleId(), r.purpose())));
        w.regime(r.basis()).ifPresent(b -> fields.add(new Field(w.m("field.basis"), b)));
        String note =
            v.restrictedTo() != null
                ? w.m("retention.kept", w.date(r.until()))
                : w.m("retention.ifErased", w.date(r.until()));
        entries.add(new Entry(w.category(v.category()), List.of(), fields, List.of(note)));
      }
    }
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(w.m("retention.intro"));
    if (others) {
      paragraphs.add(w.m("retention.others"));
    }
    List<Group> groups = entries.isEmpty() ? List.of() : List.of(new Group("", "", entries));
    return new Section("retention", w.m("retention.heading"), paragraphs, groups);
  }
}
