package dev.proviso.spark;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.instr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.repeat;
import static org.apache.spark.sql.functions.reverse;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * {@code Masker.DEFAULT} as a Spark expression: an address with one {@code @} keeps its first
 * character and domain, longer text its last two characters, anything else becomes {@code ****}.
 * Lengths count characters (code points) where Java counts UTF-16 units, so text outside the Basic
 * Multilingual Plane may show a different number of stars; it is masked either way.
 */
final class Masks {
  private Masks() {}

  static Column of(Column text) {
    Column size = length(text);
    Column firstAt = instr(text, "@");
    Column lastAt = size.minus(instr(reverse(text), "@")).plus(1);
    Column address =
        concat(substring(text, lit(1), lit(1)), lit("***"), substring(text, firstAt, size));
    Column tail = concat(repeat(lit("*"), size.minus(2)), substring(text, size.minus(1), lit(2)));
    return when(firstAt.gt(1).and(firstAt.equalTo(lastAt)), address)
        .when(size.geq(8), tail)
        .when(text.isNotNull(), lit("****"));
  }
}
