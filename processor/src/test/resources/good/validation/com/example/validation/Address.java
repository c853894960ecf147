package com.example.validation;

public record Address(String street) {}
