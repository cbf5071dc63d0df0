package dev.proviso.bench.decide;

/** The application's own subject record, as an integrator has it (a primitive age). */
public record Customer(String id, String region, int age, boolean identified) {}
