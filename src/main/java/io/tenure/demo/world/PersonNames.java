package io.tenure.demo.world;

import java.util.List;

/** First and last names from many backgrounds, in the spelling an English-language CRM would hold. */
final class PersonNames {

	private static final List<String> FIRST = List.of("James", "Mary", "Olivia", "Liam", "Noah", "Emma", "Ava", "Sophia",
			"Mia", "Ethan", "Lucas", "Amelia", "Harper", "Aisha", "Fatima", "Omar", "Mohammed", "Yusuf", "Priya", "Arjun",
			"Ananya", "Rohan", "Wei", "Mei", "Jun", "Hiroshi", "Yuki", "Sakura", "Minjun", "Jiwoo", "Carlos", "Sofia", "Mateo",
			"Valentina", "Diego", "Lucia", "Camila", "Javier", "Isabella", "Gabriel", "Chloe", "Lea", "Hannah", "Lukas", "Felix",
			"Emil", "Freya", "Astrid", "Lars", "Ingrid", "Sven", "Johan", "Anna", "Elena", "Marco", "Giulia", "Luca",
			"Francesca", "Pierre", "Camille", "Julien", "Kwame", "Ama", "Chinedu", "Ngozi", "Tunde", "Zanele", "Thabo", "Daniel",
			"David", "Sarah", "Rachel", "Michael", "Jennifer", "Jessica", "Ashley", "Matthew", "Andrew", "Joshua", "Christopher",
			"Emily", "Lauren", "Megan", "Ryan", "Tyler", "Nicole", "Samantha", "Grace", "Zoe", "Isaac", "Elijah", "Maya",
			"Layla", "Hassan", "Ali", "Zara", "Nadia", "Dmitri", "Olga", "Natalia", "Katarzyna", "Piotr", "Tomasz", "Niamh",
			"Siobhan", "Connor", "Aoife", "Sean", "Rhys", "Cerys", "Owen", "Isla", "Callum", "Fiona", "Ewan", "Kai", "Leilani",
			"Aroha", "Nia", "Imani", "Malik", "Jamal", "Keisha", "Andre", "Darius", "Xavier", "Rosa", "Thomas", "Laura",
			"Benjamin", "Charlotte", "Samuel", "Alice", "Oliver", "Ruth", "Victor", "Helen");
	private static final List<String> LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
			"Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
			"Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen",
			"King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter",
			"Phillips", "Evans", "Turner", "Patel", "Shah", "Singh", "Kumar", "Gupta", "Iyer", "Reddy", "Chen", "Wang", "Li",
			"Zhang", "Liu", "Huang", "Nguyen", "Tran", "Pham", "Kim", "Park", "Choi", "Tanaka", "Sato", "Suzuki", "Watanabe",
			"Khan", "Ahmed", "Hussain", "Rahman", "Haddad", "Nasser", "Okafor", "Adeyemi", "Mensah", "Owusu", "Nkosi", "Dlamini",
			"Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Jansen", "de Vries",
			"van Dijk", "Bakker", "Visser", "Johansson", "Andersson", "Karlsson", "Nilsson", "Larsen", "Hansen", "Nielsen",
			"Dubois", "Moreau", "Laurent", "Bernard", "Rossi", "Russo", "Ferrari", "Esposito", "Romano", "Silva", "Santos",
			"Oliveira", "Costa", "Pereira", "Fernandez", "Morales", "Ortiz", "Ramirez", "Torres", "Murphy", "Kelly", "O'Brien",
			"Byrne", "Walsh", "MacLeod", "Fraser", "Stewart", "Barnes", "Ivanova", "Petrov", "Novak", "Kowalski", "Nowak",
			"Cohen", "Levi", "Friedman", "Yilmaz", "Kaya", "Papadopoulos", "Horvat", "Tremblay", "Gagnon", "Hughes", "Ngata",
			"Parata", "Cruz", "Reyes", "Mendoza");

	private PersonNames() {
	}

	static String first(Chance chance) {
		return chance.pick(FIRST);
	}

	static String last(Chance chance) {
		return chance.pick(LAST);
	}

	/** The local part of a work email: "maria.de.vries" for Maria de Vries, "sean.obrien" for Sean O'Brien. */
	static String emailLocalPart(String first, String last) {
		return (first + "." + last).toLowerCase(java.util.Locale.ROOT).replace("'", "").replace(' ', '.');
	}
}
