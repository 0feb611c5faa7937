package io.tenure.demo.world;

import io.tenure.accounts.TeamRole;

/** A member of staff (index into the world's staff) with a part in an account's team besides the CSM. */
public record TeamSeat(int staffIndex, TeamRole role) {
}
