package org.ordertocash.dunning;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Sends the letter of the level the table decided (a save point); it becomes the invoice's dunning level. */
@Component
public class SendDunningLetterDelegate implements JavaDelegate {

  private final DunningLetters letters;

  public SendDunningLetterDelegate(DunningLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int level = DunningProcess.LEVEL.require(execution);
    letters.send(DunningProcess.INVOICE_NUMBER.require(execution), new DunningLetters.LevelTerms(level,
        BigDecimal.valueOf(DunningProcess.FEE.require(execution)),
        BigDecimal.valueOf(DunningProcess.INTEREST_RATE.require(execution)),
        DunningProcess.WORDING.require(execution), DunningProcess.WORDING_ZH.get(execution)), Actor.SYSTEM);
    DunningProcess.DUNNING_LEVEL.set(execution, level);
  }
}
