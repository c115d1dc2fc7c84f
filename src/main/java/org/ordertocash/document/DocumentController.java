package org.ordertocash.document;

import java.util.List;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Quotation and contract documents for staff and auditors. */
@RestController
@RequestMapping("/api/documents")
public class DocumentController {

  /** Response header carrying the recorded SHA-256, so a download can be checked against it. */
  public static final String SHA256_HEADER = "X-Content-SHA256";

  private final DocumentService documents;
  private final CurrentUser currentUser;

  public DocumentController(DocumentService documents, CurrentUser currentUser) {
    this.documents = documents;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<DocumentView> forOrder(@RequestParam String orderNumber) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return documents.forOrder(orderNumber);
  }

  @GetMapping("/{id}")
  public ResponseEntity<byte[]> content(@PathVariable long id) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    Document document = documents.withContent(id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.getMediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.getFileName()).build().toString())
        .header(SHA256_HEADER, document.getSha256())
        .body(document.getContent());
  }
}
