package com.example.generics;

public record User(String login) {}
