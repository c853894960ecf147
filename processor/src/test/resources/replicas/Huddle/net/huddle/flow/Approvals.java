package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Inline;
import java.util.List;

// What the approval trigger returns: the new approvals, newest first.
@Inline
public record Approvals(@Description("approvals") List<NewApprovalTriggerOutput> approvals) {}
