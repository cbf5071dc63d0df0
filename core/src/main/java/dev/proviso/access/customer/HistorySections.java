package dev.proviso.access.customer;

import dev.proviso.access.AccessReport;
import dev.proviso.access.customer.CustomerView.Badge;
import dev.proviso.access.customer.CustomerView.Entry;
import dev.proviso.access.customer.CustomerView.Field;
import dev.proviso.access.customer.CustomerView.Group;
import dev.proviso.access.customer.CustomerView.Section;
import dev.proviso.erasure.ErasureReceipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Consents over time, erasure requests and their receipts, what is kept after erasure, rights. */
final class HistorySections {
  private final AccessReport report;
  private final Words w;

  HistorySections(AccessReport report, Words w) {
    this.report = report;
    this.w = w;
  }

  Section consents() {
    List<Entry> entries = new ArrayList<>();
    for (AccessReport.ConsentEntry e : report.consentHistory()) {
      boolean optOut = e.kind().startsWith("OPTED");
      String what = optOut ? w.optOut(e.name()) : w.purpose(e.name());
      List<Field> fields = new ArrayList<>();
      fields.add(new Field(w.m("field.when"), w.dateTime(e.at())));
      fields.add(new Field(w.m("field.how"), w.source(e.source())));
      if (e.expires() != null) {
        fields.add(new Field(w.m("field.expires"), w.date(e.expires())));
      }
      if (!e.policyVersion().isEmpty()) {
        fields.add(new Field(w.m("field.terms"), e.policyVersion()));
      }
      String kind = e.kind().toLowerCase(Locale.ROOT);
      entries.add(new Entry(w.m("consent." + kind, what), List.of(), fields, List.of()));
    }
    List<String> paragraphs =
        List.of(entries.isEmpty() ? w.m("consents.none") : w.m("consents.intro"));
    List<Group> groups = entries.isEmpty() ? List.of() : List.of(new Group("", "", entries));
    return new Section("consents", w.m("consents.heading"), paragraphs, groups);
  }

  Section erasure() {
    List<Group> groups = new ArrayList<>();
    for (ErasureReceipt r : report.erasures()) {
      groups.add(request(r));
    }
    List<String> paragraphs =
        List.of(groups.isEmpty() ? w.m("erasure.none") : w.m("erasure.intro"));
    return new Section("erasure", w.m("erasure.heading"), paragraphs, groups);
  }

  private Group request(ErasureReceipt r) {
    List<Entry> entries = new ArrayList<>();
    List<Field> status = new ArrayList<>();
    status.add(new Field(w.m("field.reference"), r.requestId()));
    status.add(new Field(w.m("field.accepted"), w.dateTime(r.acceptedAt())));
    if (r.completedAt() != null) {
      status.add(new Field(w.m("field.completed"), w.dateTime(r.completedAt())));
    }
    Badge badge =
        r.complete()
            ? new Badge("done", w.m("badge.done"))
            : new Badge("pending", w.m("badge.pending"));
    List<String> notice = new ArrayList<>();
    notice.add(w.m(r.complete() ? "erasure.notice.done" : "erasure.notice.progress"));
    notice.add(w.m("erasure.notice.newRecord"));
    entries.add(new Entry(w.m("erasure.status"), List.of(badge), status, notice));
    for (ErasureReceipt.Erased e : r.erased()) {
      entries.add(
          new Entry(
              w.m("erasure.erased", w.category(e.category()), w.system(e.system())),
              List.of(new Badge("done", w.m("badge.erased"))),
              List.of(
                  new Field(w.m("field.items"), String.valueOf(e.items())),
                  new Field(w.m("field.when"), w.dateTime(e.at()))),
              List.of()));
    }
    for (ErasureReceipt.Retained k : r.retained()) {
      List<Field> fields = new ArrayList<>();
      fields.add(new Field(w.m("field.record"), k.item()));
      fields.add(new Field(w.m("field.keptFor"), w.purpose(k.purpose())));
      fields.add(new Field(w.m("field.until"), w.date(k.until())));
      fields.add(new Field(w.m("field.why"), w.retentionReason(k.rule(), k.purpose())));
      w.regime(k.basis()).ifPresent(b -> fields.add(new Field(w.m("field.basis"), b)));
      if (k.erasedAt() != null) {
        fields.add(new Field(w.m("field.erasedOn"), w.date(k.erasedAt())));
      }
      entries.add(
          new Entry(
              w.m("erasure.retained", w.category(k.category()), w.system(k.system())),
              List.of(new Badge("kept", w.m("badge.kept", w.purpose(k.purpose())))),
              fields,
              List.of()));
    }
    for (ErasureReceipt.Replanned p : r.replanned()) {
      String note =
          p.toUntil() == null
              ? w.m("erasure.replanned.erased", w.date(p.at()))
              : w.m("erasure.replanned.until", w.date(p.at()), w.date(p.toUntil()));
      entries.add(
          new Entry(
              w.m("erasure.replanned", w.category(p.category()), w.system(p.system())),
              List.of(),
              List.of(new Field(w.m("field.record"), p.item())),
              List.of(note)));
    }
    for (ErasureReceipt.Pending p : r.pending()) {
      entries.add(
          new Entry(
              w.m("erasure.pending", w.system(p.system())),
              List.of(new Badge("pending", w.m("badge.pending"))),
              List.of(new Field(w.m("field.attempts"), String.valueOf(p.failedAttempts()))),
              List.of(w.m("erasure.pending.note"))));
    }
    List<String> attempts = new ArrayList<>();
    for (ErasureReceipt.Attempt a : r.attempts()) {
      if (!a.succeeded()) {
        attempts.add(
            w.m("erasure.attempt.failed", w.system(a.system()), a.number(), w.dateTime(a.at())));
      }
    }
    if (!attempts.isEmpty()) {
      entries.add(new Entry(w.m("erasure.attempts"), List.of(), List.of(), attempts));
    }
    return new Group(w.m("erasure.request", w.date(r.acceptedAt())), "", entries);
  }

  /** After an erasure request: what is still kept, and why, in plain words. */
  Section kept() {
    List<Entry> entries = new ArrayList<>();
    if (!report.consentHistory().isEmpty()) {
      entries.add(text("kept.consents"));
    }
    if (!report.uses().isEmpty()) {
      entries.add(text("kept.log"));
    }
    boolean retained =
        report.erasures().stream()
            .flatMap(r -> r.retained().stream())
            .anyMatch(k -> k.erasedAt() == null);
    if (retained) {
      entries.add(text("kept.records"));
    }
    List<String> paragraphs = List.of(entries.isEmpty() ? w.m("kept.nothing") : w.m("kept.intro"));
    List<Group> groups = entries.isEmpty() ? List.of() : List.of(new Group("", "", entries));
    return new Section("kept", w.m("kept.heading"), paragraphs, groups);
  }

  private Entry text(String key) {
    return new Entry(w.m(key), List.of(), List.of(), List.of(w.m(key + ".why")));
  }

  Section rights() {
    return new Section(
        "rights",
        w.m("rights.heading"),
        List.of(w.raw("rights.text"), w.raw("contact.text")),
        List.of());
  }
}
