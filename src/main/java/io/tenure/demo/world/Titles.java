package io.tenure.demo.world;

import java.util.List;

import io.tenure.accounts.PersonRole;

/** Job titles of people at customer accounts, by their role towards the product. */
final class Titles {

	private static final List<String> ADMINS = List.of("IT Manager", "Head of Operations", "Operations Director",
			"Systems Administrator", "Director of IT", "Revenue Operations Manager");
	private static final List<String> CHAMPIONS = List.of("VP of Operations", "Head of Customer Experience",
			"Director of Sales Operations", "Product Manager", "Head of Marketing", "Team Lead", "Chief Operating Officer");
	private static final List<String> USERS = List.of("Account Executive", "Customer Success Specialist", "Marketing Manager",
			"Data Analyst", "Software Engineer", "Project Manager", "Support Specialist", "Sales Development Representative",
			"Finance Manager", "HR Generalist", "Operations Analyst", "Business Analyst", "Content Strategist", "Designer",
			"Office Manager", "Engineering Manager", "Product Designer", "Accountant", "Recruiter", "Consultant");

	private Titles() {
	}

	/** Some people never fill in their title. */
	static String title(PersonRole role, Chance chance) {
		if (role == PersonRole.USER && chance.of(0.1)) {
			return null;
		}
		return chance.pick(switch (role) {
			case ADMIN -> ADMINS;
			case CHAMPION -> CHAMPIONS;
			case USER -> USERS;
		});
	}
}
