package com.example.bad;

import dev.connectorkit.annotations.Advanced;
import dev.connectorkit.annotations.Important;

public record Coupon(@Important @Advanced String code, int percent) {}
