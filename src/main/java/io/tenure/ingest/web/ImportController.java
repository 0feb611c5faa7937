package io.tenure.ingest.web;

import java.io.IOException;
import java.util.UUID;

import io.tenure.ingest.importing.ImportJobs;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin > Import: upload a JSON Lines file of Segment messages and watch it go in. */
@Controller
@RequestMapping("/admin/import")
class ImportController {

	private final ImportJobs jobs;

	ImportController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	String form() {
		return "ingest/import";
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("uploadError", "file: choose a non-empty .jsonl file");
			return "redirect:/admin/import";
		}
		try {
			UUID id = jobs.start(file.getOriginalFilename(), file.getInputStream());
			return "redirect:/admin/import/" + id;
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("uploadError", e.getMessage());
			return "redirect:/admin/import";
		}
	}

	@GetMapping("/{id}")
	String progress(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("job", jobs.find(id).orElseThrow(() -> new NotFoundException("Import", id)));
		return htmx != null ? "ingest/import-progress :: progress" : "ingest/import-progress";
	}
}
