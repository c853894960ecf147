package com.example.collections;

import java.util.HashMap;

/** A map type of its own: Jackson writes it as a JSON object of strings. */
public class Labels extends HashMap<String, String> {}
