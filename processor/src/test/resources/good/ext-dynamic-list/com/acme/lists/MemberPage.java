package com.acme.lists;

import java.util.List;

/**
 * Project members.
 *
 * @param items the members
 */
public record MemberPage(List<Member> items) {}
