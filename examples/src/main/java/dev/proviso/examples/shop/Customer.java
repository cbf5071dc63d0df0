package dev.proviso.examples.shop;

import dev.proviso.guard.DataCategory;

/** A customer as the shop's API returns it; each field says which data category it holds. */
public record Customer(
    String id,
    @DataCategory("contact.email") String email,
    @DataCategory("contact.phone") String phone,
    @DataCategory("contact.postal_address") String postalAddress,
    @DataCategory("behavior.purchases") String lastPurchase,
    @DataCategory("inferred.affluence") String affluence) {}
