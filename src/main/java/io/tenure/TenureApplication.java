package io.tenure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TenureApplication {

	public static void main(String[] args) {
		SpringApplication.run(TenureApplication.class, args);
	}
}
