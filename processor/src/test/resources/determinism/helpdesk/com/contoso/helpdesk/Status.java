package com.contoso.helpdesk;

/** Where a ticket is in its life. */
public enum Status {
  OPEN,
  WAITING,
  CLOSED
}
