package io.tenure.ingest.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.tenure.ingest.importing.CsvKind;
import io.tenure.ingest.importing.CsvUploads;
import io.tenure.ingest.importing.CsvUploads.Upload;
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
	private final CsvUploads csvUploads;

	ImportController(ImportJobs jobs, CsvUploads csvUploads) {
		this.jobs = jobs;
		this.csvUploads = csvUploads;
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

	/** A CSV of accounts or people: stored, then its columns are mapped on the next page. */
	@PostMapping("/csv")
	String uploadCsv(@RequestParam("file") MultipartFile file, @RequestParam CsvKind kind, RedirectAttributes redirect)
			throws IOException {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("csvError", "file: choose a non-empty .csv file");
			return "redirect:/admin/import";
		}
		try {
			return "redirect:/admin/import/csv/" + csvUploads.store(file.getOriginalFilename(), kind, file.getInputStream()).id();
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("csvError", e.getMessage());
			return "redirect:/admin/import";
		}
	}

	@GetMapping("/csv/{id}")
	String mapColumns(@PathVariable UUID id, Model model) {
		Upload upload = csvUploads.find(id).orElseThrow(() -> new NotFoundException("CSV upload", id));
		Map<String, String> guesses = new LinkedHashMap<>();
		upload.kind().fields().forEach(field -> guesses.put(field, upload.kind().guess(field, upload.columns())));
		model.addAttribute("upload", upload);
		model.addAttribute("guesses", guesses);
		return "ingest/csv-mapping";
	}

	@PostMapping("/csv/{id}")
	String importCsv(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) throws IOException {
		Upload upload = csvUploads.find(id).orElseThrow(() -> new NotFoundException("CSV upload", id));
		Map<String, String> mapping = new LinkedHashMap<>();
		for (String field : upload.kind().fields()) {
			String column = form.get("map." + field);
			if (column != null && !column.isBlank() && !upload.columns().contains(column)) {
				throw new InvalidInputException("map." + field, "there is no column '" + column + "' in the file");
			}
			mapping.put(field, column == null || column.isBlank() ? null : column);
		}
		if (upload.kind().required().stream().anyMatch(field -> mapping.get(field) == null)) {
			model.addAttribute("upload", upload);
			model.addAttribute("guesses", mapping);
			model.addAttribute("mappingError", "Choose a column for every field marked *.");
			return "ingest/csv-mapping";
		}
		model.addAttribute("upload", upload);
		model.addAttribute("report", csvUploads.importAndForget(upload, mapping));
		return "ingest/csv-done";
	}

	@GetMapping("/{id}")
	String progress(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("job", jobs.find(id).orElseThrow(() -> new NotFoundException("Import", id)));
		return htmx != null ? "ingest/import-progress :: progress" : "ingest/import-progress";
	}
}
