package com.example.scalars;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

public record Scalars(
    int primitiveInt,
    Integer boxedInt,
    long primitiveLong,
    Long boxedLong,
    float primitiveFloat,
    Float boxedFloat,
    double primitiveDouble,
    Double boxedDouble,
    boolean primitiveBoolean,
    Boolean boxedBoolean,
    byte primitiveByte,
    Byte boxedByte,
    short primitiveShort,
    Short boxedShort,
    char primitiveChar,
    Character boxedChar,
    String text,
    BigDecimal decimal,
    BigInteger bigInteger,
    UUID uuid,
    URI uri,
    URL url,
    LocalDate localDate,
    OffsetDateTime offsetDateTime,
    Instant instant,
    ZonedDateTime zonedDateTime,
    LocalDateTime localDateTime,
    Duration duration,
    LocalTime localTime,
    byte[] bytes) {}
