package com.contoso.helpdesk;

import java.util.List;

/**
 * A queue of tickets worked by a team.
 *
 * @param id the queue's ID
 * @param name the queue's name
 * @param members who works the queue
 */
public record Queue(String id, String name, List<User> members) {}
