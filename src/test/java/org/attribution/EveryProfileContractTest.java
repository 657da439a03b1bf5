package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Suppliers;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The naming rules and the record contract, on one-sentence fixtures, in every profile that keeps
 * them. A profile left out of a rule's source says which profile does not keep it yet.
 */
class EveryProfileContractTest {

  private static final Map<Profile, Supplier<AttributionExtractor>> EXTRACTORS =
      new EnumMap<>(Profile.class);

  static {
    for (Profile p : Profile.values()) {
      EXTRACTORS.put(p, Suppliers.memoize(() -> AttributionExtractor.builder().profile(p).build()));
    }
  }

  private static List<Attribution> extract(Profile profile, String text) {
    return EXTRACTORS.get(profile).get().extractFromText(text);
  }

  private static Attribution only(Profile profile, String text) {
    List<Attribution> found = extract(profile, text);
    assertThat(found).as(profile + ": " + text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"})
  void titleWithANameInAppositionResolvesToTheName(Profile profile) {
    Attribution a =
        only(profile, "U.S. Secretary of State Antony Blinken said the talks would resume.");
    assertThat(a.speakerCanonical()).isEqualTo("Antony Blinken");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"})
  void coordinatedSpeakersGiveEverySpeaker(Profile profile) {
    Attribution a = only(profile, "Vladimir Putin and Xi Jinping said the talks had gone well.");
    assertThat(a.speakers()).containsExactly("Vladimir Putin", "Xi Jinping");
    assertThat(a.speakerCanonical()).isEqualTo("Vladimir Putin");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"}) // FAST finds no content for "Asked"
  void questionThatOpensTheSentenceIsNotTheAnswerersOwn(Profile profile) {
    List<Attribution> found =
        extract(
            profile,
            "Asked whether the strike would go ahead, Mick Whelan said that it would go ahead.");
    assertThat(found)
        .as(profile.name())
        .anySatisfy(a -> assertThat(a.speakerCanonical()).isEqualTo("Mick Whelan"))
        .allSatisfy(
            a -> {
              if (a.cue() != null && a.cue().startsWith("Asked")) {
                assertThat(a.speaker()).isNull();
              }
            });
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"})
  void coordinatedSpeakersWithAppositionsGiveEverySpeaker(Profile profile) {
    Attribution a =
        only(
            profile,
            "Dr. Theresa Tam, the chief public health officer, and her deputy, Dr. Howard Njoo, told"
                + " the committee that vaccine uptake had slowed.");
    assertThat(a.speakers()).containsExactly("Theresa Tam", "Howard Njoo");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"})
  void descriptionThatCoordinatesItsOwnWordsIsOneSpeaker(Profile profile) {
    Attribution a =
        only(profile, "Jane Morrow, a professor at Harvard and Yale, said the study was flawed.");
    assertThat(a.speakers()).isEmpty();
    assertThat(a.speakerCanonical()).isEqualTo("Jane Morrow");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"}) // FAST's name tagger tells no place from a name
  void coordinatedPlacesSpeakingForTheirGovernmentsGiveEverySpeaker(Profile profile) {
    Attribution a =
        only(profile, "Washington and Brussels said the sanctions would stay in place.");
    assertThat(a.speakers()).containsExactly("Washington", "Brussels");
    assertThat(a.speakerCanonical()).isEqualTo("Washington");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"})
  void appositionAfterANameIsNoSecondSpeaker(Profile profile) {
    Attribution a =
        only(
            profile,
            "Cheng Chin-mo, a Russian and international affairs specialist, said the talks would"
                + " help.");
    assertThat(a.speakers()).isEmpty();
    assertThat(a.speakerCanonical()).isEqualTo("Cheng Chin-mo");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void contentEndsWithTheQuoteThatClosesItsParagraph(Profile profile) {
    String text =
        "Train drivers will walk out on Friday after talks with operators broke down, the union"
            + " said.\n\nThe Rail Delivery Group said it was disappointed. A spokesperson said: 'We"
            + " urge the union to call off this damaging action.'\n\nPassengers at Leeds station"
            + " were resigned. 'I'll work from home,' said Priya Shah, 34, a nurse.";
    assertThat(extract(profile, text))
        .as(profile.name())
        .filteredOn(a -> a.content().contains("We urge"))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.content())
                    .isEqualTo("We urge the union to call off this damaging action."));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void unnamedSpokespersonSpeaksForTheOrganizationThatSpokeJustBefore(Profile profile) {
    String text =
        "The Rail Delivery Group said it was disappointed. A spokesperson said the union should"
            + " call off the strike.";
    assertThat(extract(profile, text))
        .as(profile.name())
        .filteredOn(a -> "A spokesperson".equals(a.speaker()))
        .singleElement()
        .satisfies(a -> assertThat(a.speakerCanonical()).isEqualTo("Rail Delivery Group"));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void titleBeforeANameTheEntityTaggerMissedLeavesThePersonsName(Profile profile) {
    Attribution a =
        only(
            profile,
            "Additional Municipal Commissioner P Velrasu said the notices had been issued.");
    assertThat(a.speakerCanonical()).isEqualTo("P Velrasu");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void colonDatelineIsNeitherSpeakerNorContent(Profile profile) {
    Attribution a =
        only(
            profile,
            "MUMBAI: The civic body will repair 200 potholes before the monsoon, officials said.");
    assertThat(a.speaker()).isEqualTo("officials");
    assertThat(a.content()).isEqualTo("The civic body will repair 200 potholes before the monsoon");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void cueAfterAColonHoldsNoColon(Profile profile) {
    Attribution a = only(profile, "The minister added: \"We will not back down.\"");
    assertThat(a.cue()).isEqualTo("added");
    assertThat(a.content()).isEqualTo("We will not back down.");
    assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void relativePronounSpeakerResolvesToTheNameBeforeIt(Profile profile) {
    Attribution a =
        only(
            profile,
            "The council heard from Maria Lopez, who told members that the library must stay"
                + " open.");
    assertThat(a.speakerCanonical()).isEqualTo("Maria Lopez");
  }

  @ParameterizedTest
  @EnumSource(names = "LEARNED")
  void possessivePronounSpeakerResolvesToItsAntecedent(Profile profile) {
    Attribution a =
        only(
            profile,
            "Governor Tom Reyes met reporters on Monday. His comments on the strike angered the"
                + " union.");
    assertThat(a.speaker()).isEqualTo("His");
    assertThat(a.speakerCanonical()).isEqualTo("Tom Reyes");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"})
  void participleAfterACommaSpeaksForTheSubjectOfTheSentence(Profile profile) {
    Attribution a =
        only(
            profile, "The city council postponed the vote on Tuesday, citing rising steel prices.");
    assertThat(a.cue()).isEqualTo("citing");
    assertThat(a.speaker()).isEqualTo("The city council");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void officeSpeaksForThePersonWhoseItIs(Profile profile) {
    Attribution a =
        only(profile, "Premier Doug Ford's office said the money would flow next year.");
    assertThat(a.speakerCanonical()).isEqualTo("Doug Ford");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @ParameterizedTest
  @EnumSource(names = "LEARNED") // the others take the statement for a speaker, not a document
  void documentFromATitledPersonsOfficeNamesThePerson(Profile profile) {
    Attribution a =
        extract(
                profile,
                "Premier Doug Ford spoke in Toronto on Monday. A statement from the premier's"
                    + " office said the money would flow next year.")
            .stream()
            .filter(x -> x.document() != null)
            .findFirst()
            .orElseThrow();
    assertThat(a.speakerCanonical()).isEqualTo("Doug Ford");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"})
  void documentReleasedByAPersonNamesThePerson(Profile profile) {
    Attribution a =
        only(
            profile,
            "The bill would fail, according to a statement released by Senator Ann Lee on"
                + " Friday.");
    assertThat(a.speakerCanonical()).isEqualTo("Ann Lee");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @ParameterizedTest
  @EnumSource(names = "LEARNED")
  void documentFromAPersonsOfficeNamesThePerson(Profile profile) {
    Attribution a =
        only(profile, "A statement from Senator Ann Lee's office said the bill would fail.");
    assertThat(a.speakerCanonical()).isEqualTo("Ann Lee");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "FAST"})
  void reportByAnAgencyNamesTheAgency(Profile profile) {
    Attribution a =
        only(
            profile,
            "A report by the Congressional Budget Office found that the plan would cost $2"
                + " trillion.");
    assertThat(a.speakerCanonical()).isEqualTo("Congressional Budget Office");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @ParameterizedTest
  @EnumSource(names = "LEARNED")
  void documentNamedAgainNamesWhoSentIt(Profile profile) {
    Attribution a =
        only(
            profile,
            "Ann Lee, the union's president, sent a memo to members. The memo said the strike"
                + " would go ahead.");
    assertThat(a.document()).isEqualTo("The memo");
    assertThat(a.speakerCanonical()).isEqualTo("Ann Lee");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE", "FAST"})
  void possessiveDocumentNamesItsIssuer(Profile profile) {
    Attribution a =
        only(profile, "The strike will go ahead, according to the union's Friday release.");
    assertThat(a.document()).isEqualTo("the union's Friday release");
    assertThat(a.speakerCanonical()).isEqualTo("the union");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void pronounNeverResolvesToTheByline(Profile profile) {
    List<Attribution> found =
        extract(
            profile, "By Jane Doe\n\nThe mayor spoke on Monday. \"We will rebuild,\" she said.");
    assertThat(found).isNotEmpty();
    assertThat(found).allSatisfy(a -> assertThat(a.speakerCanonical()).isNotEqualTo("Jane Doe"));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void readMoreLabelGivesNoAttribution(Profile profile) {
    Attribution a =
        only(
            profile,
            "READ MORE: Council votes to close library\n\nThe mayor said the bridge would reopen.");
    assertThat(a.content()).isEqualTo("the bridge would reopen");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void commentSectionGivesNoAttribution(Profile profile) {
    Attribution a =
        only(
            profile,
            "The mayor said the bridge would reopen.\n\nComments (12)\n\nJohn D. says: The"
                + " council is bought and paid for.");
    assertThat(a.content()).isEqualTo("the bridge would reopen");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void amountWithAUnitLetterEndsItsSentence(Profile profile) {
    List<Attribution> found =
        extract(
            profile,
            "Stephen Harker said the work would cost \u00a32.4m. \"We owe it to the families,\" he"
                + " said.");
    assertThat(found).extracting(Attribution::type).contains(AttributionType.DIRECT);
    Attribution quote =
        found.stream().filter(a -> a.type() == AttributionType.DIRECT).findFirst().orElseThrow();
    assertThat(quote.content()).isEqualTo("We owe it to the families,");
    assertThat(quote.speakerCanonical()).isEqualTo("Stephen Harker");
    assertThat(found)
        .allSatisfy(
            a -> assertThat(a.contentSpan().end()).isLessThanOrEqualTo(quote.contentSpan().end()));
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"})
  void contentEndsBeforeTheRelativePronounOfTheNextClause(Profile profile) {
    Attribution a =
        extract(
                profile,
                "Xi promised to carry on strengthening ties with Russia, which the CCP leader"
                    + " referred to as a good neighbor.")
            .stream()
            .filter(x -> "promised".equals(x.cue()))
            .findFirst()
            .orElseThrow();
    assertThat(a.content()).isEqualTo("to carry on strengthening ties with Russia");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"}) // FAST loads no list of animate nouns
  void descriptionHeadedByANounForABeingIsAPersonWhateverItsModifiers(Profile profile) {
    Attribution a = only(profile, "A senior administration official said the talks would resume.");
    assertThat(a.speakerCanonical()).isEqualTo("a senior administration official");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void formOfAddressTheEntityTaggerTakesIntoANameLeavesTheFullName(Profile profile) {
    // CoreNLP tags "Ms Raman's" as one person; "Ms" is no word of her name
    List<Attribution> found =
        extract(
            profile,
            "The finance minister, Priya Raman, spoke on Thursday.\n\nMs Raman's spokesman"
                + " declined to comment on the report.\n\nMs Raman said the budget would"
                + " balance.");
    assertThat(found)
        .extracting(Attribution::speakerCanonical)
        .containsExactly("Priya Raman", "Priya Raman");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void titleWrittenAsAProperNounResolvesToThePersonItTitles(Profile profile) {
    assertThat(
            extract(
                profile,
                "Local MP Karen Doyle criticised the plan. The MP said the figures were a"
                    + " scandal."))
        .filteredOn(a -> "The MP".equals(a.speaker()))
        .singleElement()
        .satisfies(a -> assertThat(a.speakerCanonical()).isEqualTo("Karen Doyle"));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void titleOfASurnameSeveralPeopleShareNamesNoOne(Profile profile) {
    assertThat(
            extract(
                profile,
                "Ted Cruz spoke first. Aides showed a photo of Heidi Cruz. Senator Cruz said the"
                    + " race was over. The senator said the party would unite."))
        .filteredOn(a -> "The senator".equals(a.speaker()))
        .singleElement()
        .satisfies(a -> assertThat(a.speakerCanonical()).isEqualTo("the senator"));
  }

  @ParameterizedTest
  @EnumSource(names = "LEARNED") // ACCURATE finds no attribution here, FAST takes the trust
  void relativePronounAfterAnOfPhraseStandsForTheNounBeforeIt(Profile profile) {
    Attribution a =
        only(
            profile,
            "The chief executive of the hospital trust, who asked not to be named, said the"
                + " winter had been the hardest in a decade.");
    assertThat(a.speakerCanonical()).isEqualTo("the chief executive");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED", "ACCURATE"}) // FAST finds no content after this source
  void asideAboutTheSourceOpensNoContent(Profile profile) {
    Attribution a =
        only(
            profile,
            "According to a senior official from the roads department, who did not wish to be"
                + " named, tenders for the work have already been awarded.");
    assertThat(a.content()).isEqualTo("tenders for the work have already been awarded");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void titleADescriptionInAppositionGivesANameNamesThatPersonLater(Profile profile) {
    for (String introduction :
        List.of(
            "Priya Raman, the finance minister, ruled out tax rises on Thursday.",
            "The finance minister, Priya Raman, ruled out tax rises on Thursday.")) {
      assertThat(
              extract(
                  profile,
                  introduction
                      + "\n\nThe minister said the budget would balance within three years."))
          .as(introduction)
          .filteredOn(a -> "The minister".equals(a.speaker()))
          .singleElement()
          .satisfies(a -> assertThat(a.speakerCanonical()).isEqualTo("Priya Raman"));
    }
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void documentTheWordsCameInIsNamedAndNoPartOfTheCue(Profile profile) {
    Attribution said = only(profile, "The union said in a statement that the offer was unfair.");
    assertThat(said.cue()).isEqualTo("said");
    assertThat(said.document()).isEqualTo("a statement");
    Attribution fronted = only(profile, "In a post on X, Ann Lee wrote that the plan would fail.");
    assertThat(fronted.document()).isEqualTo("a post on X");
    assertThat(fronted.speakerCanonical()).isEqualTo("Ann Lee");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void interruptedQuoteKeepsNoQuoteMarksInItsParts(Profile profile) {
    Attribution a = only(profile, "\"We will win,\" Mr. Cheng said. \"And we will stay.\"");
    assertThat(a.content()).isEqualTo("We will win, And we will stay.");
    assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void linksSpeakerOfAsHePutIt(Profile profile) {
    Attribution a =
        only(
            profile,
            "The two countries will build a \"world order that reflects multipolar realities,\" as"
                + " Mr. Putin put it.");
    assertThat(a.content()).isEqualTo("world order that reflects multipolar realities,");
    assertThat(a.cue()).isEqualTo("put it");
    assertThat(a.speaker()).isEqualTo("Mr. Putin");
    assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void linksSpeakerOfAsClauseBeforeItsQuote(Profile profile) {
    Attribution a = only(profile, "As the minister put it in May, \"We cannot wait any longer.\"");
    assertThat(a.content()).isEqualTo("We cannot wait any longer.");
    assertThat(a.cue()).isEqualTo("put it");
    assertThat(a.speaker()).isEqualTo("the minister");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void linksSpeakerOfAsClauseInsideAnotherContent(Profile profile) {
    List<Attribution> found =
        extract(
            profile,
            "According to a Kremlin statement, Russia and China are building a more equitable and"
                + " \u201cdemocratic world order that reflects multipolar realities,\u201d as Mr."
                + " Putin put it.");
    assertThat(found)
        .anySatisfy(
            a -> {
              assertThat(a.content())
                  .isEqualTo("democratic world order that reflects multipolar realities,");
              assertThat(a.cue()).isEqualTo("put it");
              assertThat(a.speaker()).isEqualTo("Mr. Putin");
            });
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void neverTakesTheContentsSubjectAsSpeaker(Profile profile) {
    Attribution a =
        only(
            profile, "Mick Whelan, Aslef's general secretary, said the offer was not good enough.");
    assertThat(a.speakerCanonical()).isEqualTo("Mick Whelan");
    assertThat(a.content()).isEqualTo("the offer was not good enough");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void neverTakesTheContentsPronounSubjectAsSpeaker(Profile profile) {
    Attribution a =
        only(
            profile,
            "The Rail Delivery Group, which represents the train companies, said it was"
                + " disappointed by the vote.");
    assertThat(a.speaker()).startsWith("The Rail Delivery Group");
    assertThat(a.content()).isEqualTo("it was disappointed by the vote");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void quoteBelowAWatchLabelKeepsItsSpeaker(Profile profile) {
    Attribution a =
        only(
            profile,
            "WATCH: Drone footage shows the scale of the fire\n\n\"It was like a wall of flame,\""
                + " said resident Tom Price.");
    assertThat(a.content()).isEqualTo("It was like a wall of flame,");
    assertThat(a.speakerCanonical()).isEqualTo("Tom Price");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void labelWordIsNeverASpeaker(Profile profile) {
    List<Attribution> found =
        extract(
            profile,
            "WATCH: Drone footage shows the scale of the fire\n\n\"It was like a wall of flame,\""
                + " he said.");
    assertThat(found).isNotEmpty();
    assertThat(found)
        .allSatisfy(
            a -> {
              assertThat(a.content()).isEqualTo("It was like a wall of flame,");
              assertThat(a.speakerCanonical()).isNotEqualTo("Drone");
            });
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void pronounNeverResolvesToAPhotoCredit(Profile profile) {
    List<Attribution> found =
        extract(
            profile,
            "Photo: Jane Smith/Reuters\n\nThe mayor spoke on Monday. \"We will rebuild,\" she"
                + " said.");
    assertThat(found).isNotEmpty();
    assertThat(found)
        .allSatisfy(
            a -> assertThat(a.speakerCanonical()).isNotIn("Jane Smith", "Jane Smith/Reuters"));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void cueHoldsNoPossessiveMark(Profile profile) {
    assertThat(
            extract(
                profile,
                "The meeting took place as Washington and Brussels' worries about the plan grew."))
        .allSatisfy(a -> assertThat(a.cue()).doesNotContain("'"));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void pronounOfAnInterruptedQuoteResolvesToTheNameBefore(Profile profile) {
    List<Attribution> found =
        extract(
            profile,
            "Helen Okafor has spent fifteen years studying how cities flood. \"That,\" she said,"
                + " \"is the question we keep asking.\"");
    assertThat(found).extracting(Attribution::cue).doesNotContain("studying");
    Attribution quote =
        found.stream().filter(a -> "said".equals(a.cue())).findFirst().orElseThrow();
    assertThat(quote.speakerCanonical()).isEqualTo("Helen Okafor");
  }

  @ParameterizedTest
  @EnumSource(names = {"LEARNED"})
  void reportedBeliefBetweenQuotesKeepsThemApart(Profile profile) {
    List<Attribution> found =
        extract(
            profile,
            "\"We will win,\" Ms. Lee said. She believes the vote will be close. \"It will go to"
                + " the wire,\" she added.");
    assertThat(found)
        .extracting(Attribution::content)
        .contains("We will win,", "It will go to the wire,")
        .doesNotContain("We will win, It will go to the wire,");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void askedClauseIsNoContentOfTheQuoteAfterIt(Profile profile) {
    List<Attribution> found =
        extract(profile, "Asked whether the line would reopen, the minister said: \"We hope so.\"");
    assertThat(found).extracting(Attribution::content).contains("We hope so.");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void singleQuotedFragmentIsMixed(Profile profile) {
    Attribution a = only(profile, "The minister called the plan 'a disgrace' on Monday.");
    assertThat(a.type()).isEqualTo(AttributionType.MIXED);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void speakerWithAnAppositionHoldsNoTrailingComma(Profile profile) {
    Attribution a =
        only(profile, "Mick Whelan, Aslef's general secretary, said: \"This offer is an insult.\"");
    assertThat(a.speaker()).doesNotEndWith(",");
    assertThat(a.speakerCanonical()).isEqualTo("Mick Whelan");
    assertThat(a.content()).isEqualTo("This offer is an insult.");
  }
}
