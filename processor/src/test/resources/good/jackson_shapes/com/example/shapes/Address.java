package com.example.shapes;

import com.fasterxml.jackson.annotation.JsonProperty;

public record Address(@JsonProperty(required = true) String street, String city) {}
