package vn.angiang.editorial.platform.papers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A paper of a record as a download ({@code 12-GM-BBT.pdf}), for the processes' endpoints. Empty when the
 * extension is not a format, the paper does not exist, or it belongs to another record: each endpoint
 * answers that as it answers any record the reader may not read. Who may read the record is checked first,
 * by the endpoint.
 */
@Component
public record PaperDownloads(Papers papers) {

    public Optional<ResponseEntity<byte[]>> of(String processKey, String recordKey, long paperId, String extension) {
        Optional<PaperFormat> format = Arrays.stream(PaperFormat.values())
                .filter(f -> f.extension().equals(extension.toLowerCase(Locale.ROOT))).findFirst();
        if (format.isEmpty()) {
            return Optional.empty();
        }
        return papers.find(paperId)
                .filter(p -> processKey.equals(p.processKey()) && recordKey.equals(p.recordKey()))
                .flatMap(p -> papers.file(p.id(), format.get()).map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(format.get().mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(p.fileName(format.get())).build().toString())
                        .body(bytes)));
    }
}
