package com.acme.notes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** A nullness marker of the application's own: its simple name is what counts. */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Nullable {}
