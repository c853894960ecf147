package com.example.generics.crm;

public record Account(String email, com.example.generics.billing.Account billing) {}
