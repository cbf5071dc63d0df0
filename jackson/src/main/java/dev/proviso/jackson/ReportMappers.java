package dev.proviso.jackson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one mapper configuration for the documents people read: indented, ISO-8601 instants. */
final class ReportMappers {
  private ReportMappers() {}

  /**
   * An indented mapper that leaves out the null components of {@code nonNullTypes} (core's records
   * carry no Jackson annotations, so the choice is made here, as a mix-in).
   */
  static ObjectMapper indented(Class<?>... nonNullTypes) {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    for (Class<?> type : nonNullTypes) {
      mapper.addMixIn(type, NonNull.class);
    }
    return mapper;
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private interface NonNull {}
}
