package com.example.validation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

public record Signup(
    @NotNull String username,
    @NotBlank String displayName,
    @NotEmpty String nickname,
    @NotEmpty List<String> roles,
    @Size(min = 3, max = 20) String code,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 5) List<String> tags,
    @Size(min = 1) Map<String, String> labels,
    @Min(18) @Max(130) int age,
    @DecimalMin(value = "0.01", inclusive = false) @DecimalMax("999.99") BigDecimal budget,
    @DecimalMax(value = "100", inclusive = false) double percent,
    @Pattern(regexp = "^[A-Z]{2}$") String country,
    @Email String email,
    @Positive int quantity,
    @PositiveOrZero long count,
    @Negative int offset,
    @NotNull Address address,
    @NotNull Integer boxed) {}
