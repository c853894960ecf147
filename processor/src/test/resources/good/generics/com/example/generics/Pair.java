package com.example.generics;

public record Pair<A, B>(A left, B right) {}
