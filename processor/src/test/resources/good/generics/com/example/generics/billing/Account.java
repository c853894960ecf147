package com.example.generics.billing;

public record Account(String iban) {}
