package org.ordertocash.survey;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page the survey's link opens (no login): five scores, a comment, and a button that sends
 * them to {@code POST /api/surveys/{token}}; the answer's message is shown in place.
 */
@RestController
public class SurveyPage {

  @GetMapping(path = "/survey/{token}", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> page(@PathVariable String token) {
    if (!token.matches("[A-Za-z0-9_-]{16,64}")) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().header("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; "
        + "style-src 'unsafe-inline'").body(PAGE.replace("{{token}}", token));
  }

  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
      <title>How did we do?</title>
      <style>body{font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}
      label{margin-right:1rem}textarea{width:100%;height:6rem}button{margin-top:1rem;padding:.5rem 1.5rem}</style>
      </head><body>
      <h1>How did we do?</h1>
      <form id="survey">
        <p>How satisfied are you, from 1 (not at all) to 5 (very)?</p>
        <p><label><input type="radio" name="score" value="1"> 1</label><label><input type="radio" name="score" value="2"> 2</label>
        <label><input type="radio" name="score" value="3"> 3</label><label><input type="radio" name="score" value="4"> 4</label>
        <label><input type="radio" name="score" value="5"> 5</label></p>
        <p><label for="comment">Anything you would like to tell us?</label></p>
        <textarea id="comment" name="comment" maxlength="1000"></textarea>
        <button type="submit">Send</button>
      </form>
      <p id="message" role="status"></p>
      <script>
      document.getElementById('survey').addEventListener('submit', async (event) => {
        event.preventDefault();
        const score = document.querySelector('input[name=score]:checked');
        const response = await fetch('/api/surveys/{{token}}', {method: 'POST',
          headers: {'Content-Type': 'application/json'},
          body: JSON.stringify({score: score ? Number(score.value) : null,
            comment: document.getElementById('comment').value})});
        const answer = await response.json();
        document.getElementById('message').textContent = answer.message;
        if (response.ok) { document.getElementById('survey').remove(); }
      });
      </script>
      </body></html>
      """;
}
