package com.acme.pickers;

import java.util.List;

/**
 * A page of assignees.
 *
 * @param value the assignees
 */
public record AssigneePage(List<Assignee> value) {}
