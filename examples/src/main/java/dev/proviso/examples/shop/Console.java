package dev.proviso.examples.shop;

import dev.proviso.Decision;
import java.io.PrintStream;

/** How the demo prints: a heading per scene, one line per decision, its explanation indented. */
final class Console {
  private final PrintStream out;

  Console(PrintStream out) {
    this.out = out;
  }

  void scene(String title) {
    out.println();
    out.println("== " + title + " " + "=".repeat(Math.max(3, 90 - title.length())));
  }

  void say(String text) {
    out.println(text);
  }

  void decision(String question, Decision decision) {
    out.printf("%-72s %s%n", question, decision.outcome());
    if (!decision.obligations().isEmpty()) {
      out.println("    obligations: " + decision.obligations());
    }
    for (String advice : decision.advice()) {
      out.println("    advice: " + advice);
    }
    for (String line : decision.explanation().lines()) {
      out.println("    | " + line);
    }
  }
}
