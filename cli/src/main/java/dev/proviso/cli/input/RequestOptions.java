package dev.proviso.cli.input;

import dev.proviso.Category;
import dev.proviso.Policy;
import dev.proviso.Purpose;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.UnknownNameException;
import dev.proviso.cli.CliException;
import dev.proviso.consent.ConsentState;
import dev.proviso.model.PolicyModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The facts of a request given on the command line, typed by the policy's declarations once it is
 * compiled. Shared by {@code explain} and {@code matrix}.
 */
public final class RequestOptions {

  @Option(
      names = "--subject",
      paramLabel = "NAME=VALUE,...",
      description = "Subject attributes, typed as the policy declares them: region=EU,age=30.")
  List<String> subject = new ArrayList<>();

  @Option(
      names = "--subject-id",
      paramLabel = "ID",
      defaultValue = "cli-subject",
      description = "The subject's id (default: ${DEFAULT-VALUE}).")
  String subjectId = "cli-subject";

  @Option(
      names = "--consent",
      split = ",",
      paramLabel = "PURPOSE=STATE[@INSTANT]",
      description =
          "Consent for a purpose from an instant on: given, withdrawn or expired,"
              + " e.g. marketing.email=given@2026-01-01T00:00:00Z.")
  List<String> consent = new ArrayList<>();

  @Option(
      names = "--opt-out",
      split = ",",
      paramLabel = "NAME[@INSTANT]",
      description = "An opt-out in force, e.g. sale_or_share@2026-01-01T00:00:00Z.")
  List<String> optOut = new ArrayList<>();

  @Option(
      names = "--erasure",
      paramLabel = "INSTANT",
      description = "The subject asked to be forgotten at this instant.")
  String erasure;

  @Option(
      names = "--event",
      split = ",",
      paramLabel = "NAME=INSTANT",
      description = "When an event happened, e.g. cart_abandoned=2026-03-01T10:00:00Z.")
  List<String> event = new ArrayList<>();

  @Option(
      names = "--context",
      paramLabel = "NAME=VALUE,...",
      description = "Context attributes of the request, e.g. offer=discount.")
  List<String> context = new ArrayList<>();

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "The instant of the use (default: now).")
  String at;

  public boolean erasureGiven() {
    return erasure != null;
  }

  public Map<String, Object> subjectAttributes(PolicyModel model) {
    return AttributeParser.parse("--subject", "subject", subject, model.subjectAttributes());
  }

  public Subject subject(PolicyModel model) {
    return Subject.builder(subjectId).setAll(subjectAttributes(model)).build();
  }

  public Map<String, Object> contextAttributes(PolicyModel model) {
    return AttributeParser.parse("--context", "context", context, model.contextAttributes());
  }

  public Optional<Instant> givenAt() {
    return Optional.ofNullable(at).map(a -> Instants.parse("--at " + a, a));
  }

  public Instant at() {
    return givenAt().orElseGet(Instant::now);
  }

  public Map<String, Instant> events() {
    Map<String, Instant> events = new LinkedHashMap<>();
    for (String pair : event) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw CliException.usage(
            "--event "
                + pair
                + ": expected NAME=INSTANT, e.g. cart_abandoned=2026-03-01T10:00:00Z");
      }
      String name = pair.substring(0, eq).strip();
      name = name.startsWith("event.") ? name.substring("event.".length()) : name;
      events.put(name, Instants.parse("--event " + pair, pair.substring(eq + 1).strip()));
    }
    return events;
  }

  public CommandLineConsents consents(PolicyModel model) {
    Map<String, List<CommandLineConsents.Change>> consents = new LinkedHashMap<>();
    for (String entry : consent) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw CliException.usage(
            "--consent "
                + entry
                + ": expected PURPOSE=STATE[@INSTANT], e.g. marketing.email=given@2026-01-01T00:00:00Z");
      }
      String purpose = entry.substring(0, eq).strip();
      Names.requirePurpose(model, "--consent " + entry + ": ", purpose);
      String[] stateAndSince = entry.substring(eq + 1).strip().split("@", 2);
      ConsentState state = state(entry, stateAndSince[0]);
      Instant since =
          stateAndSince.length > 1
              ? Instants.parse("--consent " + entry, stateAndSince[1])
              : Instant.MIN;
      consents
          .computeIfAbsent(purpose, p -> new ArrayList<>())
          .add(new CommandLineConsents.Change(state, since));
    }
    Map<String, Instant> optOuts = new LinkedHashMap<>();
    for (String entry : optOut) {
      String[] nameAndSince = entry.strip().split("@", 2);
      optOuts.put(
          nameAndSince[0],
          nameAndSince.length > 1
              ? Instants.parse("--opt-out " + entry, nameAndSince[1])
              : Instant.MIN);
    }
    Optional<Instant> erased =
        Optional.ofNullable(erasure).map(e -> Instants.parse("--erasure " + e, e));
    return new CommandLineConsents(consents, optOuts, erased);
  }

  /** The request for these categories and purpose, with every fact given on the command line. */
  public Request request(Policy policy, List<String> categories, String purpose) {
    PolicyModel model = policy.model();
    try {
      Purpose handle = policy.purpose(purpose);
      Request.Builder builder = Request.builder(subject(model), handle).at(at());
      for (String category : categories) {
        Category c = policy.category(category);
        builder.category(c);
      }
      contextAttributes(model).forEach(builder::context);
      events().forEach(builder::event);
      return builder.build();
    } catch (UnknownNameException e) {
      throw CliException.usage(e.getMessage());
    }
  }

  private static ConsentState state(String entry, String raw) {
    try {
      ConsentState state = ConsentState.valueOf(raw.strip().toUpperCase(Locale.ROOT));
      if (state != ConsentState.UNKNOWN) {
        return state;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw CliException.usage(
        "--consent "
            + entry
            + ": the state must be given, withdrawn or expired, not '"
            + raw
            + "'");
  }
}
