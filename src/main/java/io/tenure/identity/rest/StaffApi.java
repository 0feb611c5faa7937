package io.tenure.identity.rest;

import java.util.List;

import io.tenure.identity.StaffMember;
import io.tenure.identity.StaffUsers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staff, read-only, so that API clients can find owner and team member ids. */
@RestController
@RequestMapping("/api/v1/staff")
class StaffApi {

	private final StaffUsers staff;

	StaffApi(StaffUsers staff) {
		this.staff = staff;
	}

	@GetMapping
	List<StaffMember> list() {
		return staff.all();
	}

	@GetMapping("/{id}")
	StaffMember get(@PathVariable long id) {
		return staff.get(id);
	}
}
