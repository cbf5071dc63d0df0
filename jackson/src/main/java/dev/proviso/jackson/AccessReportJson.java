package dev.proviso.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.access.AccessReport;

/**
 * The machine-readable form of an {@link AccessReport} (data portability): indented JSON, ISO-8601
 * instants.
 *
 * <pre>{@code
 * String json = AccessReportJson.render(report);
 * }</pre>
 */
public final class AccessReportJson {
  private static final ObjectMapper JSON =
      ReportMappers.indented(AccessReport.HeldValue.class, AccessReport.ConsentEntry.class);

  private AccessReportJson() {}

  public static String render(AccessReport report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an access report always serialises", e);
    }
  }

  /** Reads a rendered report back (for tools and tests). */
  public static AccessReport parse(String json) {
    try {
      return JSON.readValue(json, AccessReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an access report: " + e.getOriginalMessage(), e);
    }
  }
}
