"""Accommodation and service words from public vocabularies (state assessment accommodation manuals:
timing, presentation, response and setting accommodations; IEP service-delivery glossaries; AT lists;
school discipline terms), each beside a near-miss in which the same words are not the topic.

Every sentence is invented for these tests; none is taken from a labeled corpus.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger

CHICAGO = ZoneInfo("America/Chicago")
SENT = datetime(2026, 4, 14, 9, 0, tzinfo=CHICAGO)
TEACHER = Person("Noor Abernethy-Paz", "npaz@riverbend.k12.example.us")
PARENT = Person("Cal Whitcombe", "cal.whitcombe@example.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Juno Whitcombe",))


def topics(tagger, text, subject="Juno"):
    message = MessageText(new_text=text, subject=subject, sent=SENT, author=TEACHER, recipients=(PARENT,),
                          signature="", is_reply=False)
    return tagger.tag(message, ()).topic_ids


@pytest.mark.parametrize("topic, said, not_said", [
    # timing / scheduling: finishing a test later, more time to process, testing over several sittings
    ("extended_time", "Please allow him to finish the test the next day.", "Let him finish his lunch before he comes down."),
    ("extended_time", "He was not allowed to finish his quiz at lunch like the plan says.",
     "He finished the test early and read a book."),
    ("extended_time", "He needs more time to process and finish written work.", "The unit test is over two chapters."),
    ("extended_time", "She should be allowed to complete tests over two sessions.",
     "She will finish the project tomorrow at home."),
    ("extended_time", "He gets 2 extra days on projects.", "School closes 2 extra days for Thanksgiving."),
    # seating beside a peer model
    ("preferential_seating", "Seat him next to a good peer model.", "He sat next to his friend at the assembly."),
    # breaks
    ("breaks", "He can take a breather in the hall when he is frustrated.",
     "The class walked the halls looking for the fire exits."),
    ("breaks", "He is allowed to use the restroom as needed.", "He used the restroom before the bus came."),
    ("breaks", "She can stand and stretch during the test.", "We stretched before the relay race."),
    # low-tech AT from AT lists
    ("assistive_technology", "She uses a colored overlay when she reads.", "The colored paper is in the copy room."),
    ("assistive_technology", "He uses a whisper phone during centers.", "Use the scissors carefully in art."),
    ("assistive_technology", "He cuts with adapted scissors.", "The scissors are in the art bin."),
    ("assistive_technology", "She tracks with a line reader.", "She is such a talker in class."),
    ("assistive_technology", "She uses a braille note taker in math.", "She reads braille slowly."),
    # reduced assignments
    ("reduced_assignments", "He only has to do the odd problems.", "We are learning about odd and even numbers."),
    ("reduced_assignments", "She can do half the homework problems.", "The test has four answer choices per question."),
    ("reduced_assignments", "She gets 3 answer choices instead of 4.", "He wrote a great essay about his dog."),
    # graphic organizers and visual schedules
    ("graphic_organizers", "He should have an outline to fill in before he writes.",
     "Here is an outline of the meeting agenda."),
    ("visual_schedule", "She has a picture task list on her desk.", "She made a checklist for the science fair."),
    # transportation, reading intervention
    ("transportation", "She rides a wheelchair-accessible van.", "The van for the field trip leaves at 8."),
    ("reading_intervention", "He works with the dyslexia therapist.", "The dyslexia awareness night is on Thursday."),
    # specialized instruction: setting, resource minutes, instruction from the special education teacher
    ("specialized_instruction", "He receives 45 minutes daily of math support in the special education setting.",
     "I asked the special education teacher about the field trip."),
    ("specialized_instruction", "She has 120 minutes per week of resource.", "The resource fair is in the gym."),
    ("specialized_instruction", "He gets direct instruction in reading from the special education teacher.",
     "She is a special education teacher at the middle school."),
    ("specialized_instruction", "She gets services from the deaf and hard of hearing teacher.",
     "The deaf culture assembly is Friday."),
    # behavior: school discipline words
    ("behavior_support", "He got an office referral in the cafeteria.", "He was sent to the office for a new ID card."),
    ("behavior_support", "She had an in-school suspension.", "Speech sessions were suspended during testing week."),
    ("behavior_support", "He was suspended for two days.", "The service was suspended over winter break."),
    ("behavior_support", "He was physically aggressive toward staff.", "He was physically tired after PE."),
    # evaluation for a named disability
    ("evaluation", "She is being assessed for autism.", "We read a book about autism awareness."),
    ("evaluation", "Can he be tested for dyslexia?", "The class will screen a movie for the holiday."),
    # scribe: answers given orally and written down by an adult
    ("scribe", "He can respond orally and the aide writes it down.",
     "She practiced her oral responses for the speech contest."),
    # state names for the meeting and the service model (addendum meetings, support facilitation)
    ("iep_meeting", "Can we have an addendum meeting?", "I will meet you at the front office."),
    ("iep_meeting", "Can we meet to go over his IEP?", "We meet to go over the field trip plan."),
    ("specialized_instruction", "She gets support facilitation in science.",
     "I got help from the special education teacher to set up the room."),
    ("specialized_instruction", "He gets consultation services from the ESE teacher.",
     "She is consulting with the special ed teacher on the schedule."),
    # speech sounds, evaluations by a named evaluator, an AT assessment, a Michigan MET report
    ("speech_language_therapy", "She works on her r sound.", "We practiced the sh sound in phonics."),
    ("evaluation", "He was evaluated by the SLP.", "He was tested by the fire alarm drill."),
    ("evaluation", "He needs an assistive technology assessment.", "The technology fair is next week."),
    ("evaluation", "The MET report is ready.", "We met at the report card night."),
    # enlarged materials, flexible deadlines
    ("large_print", "He needs his worksheets blown up.", "He blew up at the teacher during math."),
    ("extended_time", "She gets flexible deadlines.", "The deadlines are on the class calendar."),
    # leaving class for the nurse when the child needs to: the health-plan break
    ("breaks", "He asked to go to the nurse and the sub said no.", "I sent him to the nurse because he had a fever."),
    ("breaks", "She can go to the nurse when she feels anxious.", "The nurse will go over the seizure plan with staff."),
    ("breaks", "Every day he asks to go lie down in the nurse's office.", "Can the nurse call me about his medication?"),
    # deaf and hard of hearing services, an extra day for homework, tests in the special education room
    ("paraprofessional", "His transliterator was out today.", "The translation of the report is late."),
    ("specialized_instruction", "She gets itinerant hearing services.", "Her hearing screening is next week."),
    ("extended_time", "She has an extra day for homework.", "We have an extra day for Thanksgiving break."),
    ("separate_setting", "He takes tests in the special education room.", "The special education room is being painted."),
    # terse short forms: comp svcs, resource mins, SW sessions, progress rpt
    ("compensatory_services", "What about comp svcs?", "The comp sci elective is full."),
    ("specialized_instruction", "Resource mins were missed.", "Give me a few mins to finish up."),
    ("counseling", "SW session cancelled.", "The SW corner of the building is closed."),
    ("progress_report", "Progress rpt attached.", "The prog rock club meets Friday."),
    # a child's weekly check-in, a resource study hall, dictation software by its product name
    ("check_in", "He checks in with his case manager every Monday about grades.",
     "I will check in with you every Friday about the project."),
    ("specialized_instruction", "She has a resource study hall.", "Study hall is in the library."),
    ("assistive_technology", "He drafts his essays with Dragon speech recognition.", "We saw an otter at the zoo."),
])
def test_public_forms_and_near_misses(tagger, topic, said, not_said):
    assert topic in topics(tagger, said), said
    assert topic not in topics(tagger, not_said), not_said


def test_a_braille_note_taker_is_a_device_not_class_notes(tagger):
    found = topics(tagger, "She uses her braille note taker to read the chapter.")
    assert "assistive_technology" in found and "class_notes" not in found


# ---- misspellings parents and teachers type on phones (the labeling guide: "typos, phone-typed replies") ----

@pytest.mark.parametrize("text, topic", [
    ("He sees the councelor on Mondays.", "counseling"),
    ("His counceling session was missed.", "counseling"),
    ("The school councilor will call you.", "counseling"),
    ("She goes to occupational therepy.", "occupational_therapy"),
    ("Her reevalution is due.", "evaluation"),
    ("He did not get his extened time.", "extended_time"),
    ("Her prefered seating was changed.", "preferential_seating"),
    ("His behavoir plan is not being followed.", "behavior_support"),
    ("When is the IEP meting?", "iep_meeting"),
    ("Her progess report is late.", "progress_report"),
    ("We need compensetory services.", "compensatory_services"),
    ("He has a visiual schedule.", "visual_schedule"),
    ("He needs his noise canceling head phones.", "sensory_tools"),
    ("He is supposed to use a calculater.", "calculator"),
    ("She has reading intervension.", "reading_intervention"),
    ("He tests in a seperate room.", "separate_setting"),
    ("His assitive technology was not charged.", "assistive_technology"),
])
def test_common_misspellings(tagger, text, topic):
    assert topic in topics(tagger, text)


@pytest.mark.parametrize("text, topic", [
    ("The city councilor spoke at the assembly.", "counseling"),
    ("He listens to music on his head phones on the bus ride.", "sensory_tools"),
])
def test_misspelling_near_misses(tagger, text, topic):
    assert topic not in topics(tagger, text)


# ---- Spanish, as bilingual families write to school (public bilingual IEP glossaries) ----

@pytest.mark.parametrize("text, topic", [
    ("No le dieron más tiempo en la prueba.", "extended_time"),
    ("Él necesita descansos durante la clase.", "breaks"),
    ("Le deben leer el examen en voz alta.", "read_aloud"),
    ("Toma los exámenes en un salón aparte.", "separate_setting"),
    ("La terapeuta de habla no vino.", "speech_language_therapy"),
    ("Ve a la trabajadora social cada semana.", "counseling"),
    ("Su ayudante fue a otra clase.", "paraprofessional"),
    ("El autobús no pasó por él.", "transportation"),
    ("Firmé el consentimiento para la evaluación.", "evaluation"),
    ("No recibí el reporte de progreso.", "progress_report"),
    ("Su plan de conducta no se está siguiendo.", "behavior_support"),
    ("¿Van a reponer las sesiones?", "compensatory_services"),
    ("Su tableta de comunicación no estaba cargada.", "assistive_technology"),
    ("Necesita letra grande en los exámenes.", "large_print"),
    ("Puede usar calculadora.", "calculator"),
    ("Está en intervención de lectura.", "reading_intervention"),
    ("Va al salón de recursos para matemáticas.", "specialized_instruction"),
    ("Debe sentarse cerca de la maestra.", "preferential_seating"),
    ("Usa un horario visual.", "visual_schedule"),
])
def test_spanish_forms(tagger, text, topic):
    assert topic in topics(tagger, text)


@pytest.mark.parametrize("text, topic", [
    ("Ella lee en voz alta todas las noches conmigo.", "read_aloud"),  # the child reads to a parent
    ("Va a ir a la escuela de verano del parque.", "extended_school_year"),  # a summer camp, not ESY
    ("La asistente del director llamó.", "paraprofessional"),
    ("La evaluación del maestro fue buena.", "evaluation"),  # a teacher's evaluation
    ("Tomamos descansos en el viaje.", "breaks"),
])
def test_spanish_near_misses(tagger, text, topic):
    assert topic not in topics(tagger, text)


# ---- the one-to-one ratio however it is written: a phrase written with "1:1" is matched with each form ----

@pytest.mark.parametrize("text", [
    "He is supposed to have 1-on-1 support all day.",
    "She has one to one support at recess.",
    "He needs 1 on 1 support in the cafeteria.",
    "She has a 1-to-1 aide for safety.",
    "He has one-to-one support in the hallway.",
])
def test_one_to_one_ratio_forms_name_the_aide(tagger, text):
    assert "paraprofessional" in topics(tagger, text), text


@pytest.mark.parametrize("text", [
    "Every student in the district has a 1-to-1 device this year.",
    "I'd like a one to one session with you about the field trip.",
    "He has one-on-one testing in the library.",
])
def test_one_to_one_ratio_forms_of_excluded_phrases_stay_excluded(tagger, text):
    assert "paraprofessional" not in topics(tagger, text), text


# ---- device, program, room and service-model names from public lists (AAC software guides, structured-literacy
# program comparisons, Pennsylvania's support types, NCEO's response and text-to-speech accommodation summaries),
# each beside a sentence in which the same words are not the topic. Every sentence is invented. ----

@pytest.mark.parametrize("topic, said, not_said", [
    # AT: access devices and writing tools
    ("assistive_technology", "He moves the cursor with a trackball mouse.", "The mouse in the science room got out."),
    ("assistive_technology", "She types with Co-Writer open.", "He is a co-writer on the class newspaper."),
    ("assistive_technology", "She uses a ProxTalker for choices at snack.", "She talked through snack time."),
    ("assistive_technology", "His text reader did not load on the test.", "She is a strong reader of texts."),
    ("assistive_technology", "The hearing loop in the gym was off.", "The bus loop is closed for paving."),
    ("assistive_technology", "She writes with an adapted pencil.", "She lost her pencil at recess."),
    ("assistive_technology", "He fills in worksheets with SnapType.", "Snap the lids shut when you are done."),
    ("assistive_technology", "She has a dynamic display device for talking.", "The museum had a dynamic display about volcanoes."),
    # text-to-speech written as TTS: the read-aloud accommodation given by a device
    ("read_aloud", "He needs TTS on the math tests.", "He reads the math questions to himself."),
    # timing, seating, breaks
    ("extended_time", "She can have an extra day to complete long assignments.",
     "She stayed an extra day at her grandmother's."),
    ("preferential_seating", "He should sit near the board in math.", "Please hang the new poster near the board."),
    ("breaks", "He has a walk pass he can use when he is upset.", "We walked past the office."),
    ("breaks", "He can leave class for a breather.", "We all needed a breather after the science fair."),
    # response: answers given orally on tests
    ("scribe", "She can give her answers verbally on the quiz.", "His verbal responses in the class discussion were thoughtful."),
    ("scribe", "He may respond orally on tests.", "He did not respond verbally when I asked about recess."),
    # reduced work, a daily home note, artic
    ("reduced_assignments", "His workload is reduced in science.", "The field trip is reduced to one day."),
    ("check_in", "He brings home a daily home note.", "I will send a note home about picture day."),
    ("speech_language_therapy", "His artic session was cut short.", "Our class project is about artic animals."),
    ("speech_language_therapy", "He has S/L twice a week.", "He is a size S/M in the uniform."),
    # rooms and service models
    ("specialized_instruction", "He is in the autistic support classroom.", "The autism support group for parents meets Tuesday."),
    ("specialized_instruction", "She is in the ASD classroom for math.", "Please send the ASD forms back."),
    ("specialized_instruction", "He is in the ED class most of the day.", "The ED director sent the budget."),
    ("specialized_instruction", "She attends a therapeutic day program.", "The aquarium trip is a full day program."),
    ("specialized_instruction", "He is inside the regular class less than 40% of the day.", "He is inside for recess today."),
    ("specialized_instruction", "She has a sped math class.", "The car sped past the school."),
    ("specialized_instruction", "He gets direct instruction in written expression.",
     "Direct instruction in math is how our whole grade teaches fractions."),
    ("specialized_instruction", "She is in the multiple disabilities classroom.", "She has multiple classes on the third floor."),
    # reading intervention by its public names
    ("reading_intervention", "He is in AIS reading.", "The reading corner is in the back of the room."),
    ("reading_intervention", "She gets phonemic awareness instruction daily.", "The phonics workbook was left at home."),
    ("reading_intervention", "He gets RTI reading in the morning.", "The title reading of the play is Thursday night."),
    # sensory rooms and chew jewelry
    ("sensory_tools", "He goes to the zen den when he is overwhelmed.", "The den at home is being painted."),
    ("sensory_tools", "She uses her Chewigem during tests.", "She chews gum at home."),
    # behavior plans and ABA written out
    ("behavior_support", "She has a PBSP.", "She has a PBS Kids app at home."),
    ("behavior_support", "He gets applied behavior analysis at school.", "He applied for the library helper job."),
    # meetings and evaluations as written in notes
    ("iep_meeting", "His IEP conf is set for 3pm.", "The PTA conf call is on Monday."),
    ("iep_meeting", "We scheduled the 30-day review meeting.", "We reviewed the 30-day reading log."),
    ("evaluation", "His triannual is coming up.", "The yearbook comes out in May."),
    ("counseling", "He attends the anger management group.", "He was angry about the group project."),
    ("visual_schedule", "She uses a picture-based schedule.", "She drew pictures for the bake sale."),
    ("graphic_organizers", "He uses a graphic org to plan.", "He joined the graphic design org."),
    ("paraprofessional", "He has a 1:1 aid on the bus.", "The financial aid office sent a form home."),
])
def test_public_names_and_near_misses(tagger, topic, said, not_said):
    assert topic in topics(tagger, said), said
    assert topic not in topics(tagger, not_said), not_said


# ---- class-type abbreviations and percentage-of-day forms (state continuum names: PA support types, Florida ESE and
# VE, California mild/moderate and moderate/severe programs, New York 12:1+1 classes, IDEA time-in-regular-class) ----

@pytest.mark.parametrize("said, not_said", [
    ("She is in the LS room for math.", "She left her LS sweatshirt in the gym."),
    ("He is in the EBD classroom after lunch.", "The EBD form was signed."),
    ("She is in the ESE class for reading.", "He lost his ID card at lunch."),
    ("She gets ESE support in science.", "The ED program at the hospital called about his visit."),
    ("He is in the mild/moderate class.", "The mild/moderate weather is nice for recess."),
    ("She is in the moderate/severe program.", "The moderate rain cancelled recess."),
    ("She is in a 12:1+1.", "The score was 12:1 at halftime."),
    ("She is in the regular classroom 60% of the day.", "She was at 60% battery by lunch."),
    ("He is out of gen ed 50% of the time.", "He gets half the answers right most of the time."),
    ("He is in a cross-categorical classroom.", "The category for the science fair is biology."),
    ("He gets two periods of resource.", "He has two periods of gym on Fridays."),
])
def test_class_types_and_time_in_class(tagger, said, not_said):
    assert "specialized_instruction" in topics(tagger, said), said
    assert "specialized_instruction" not in topics(tagger, not_said), not_said


@pytest.mark.parametrize("topic, said, not_said", [
    ("assistive_technology", "She points to words on her core word board.", "She wrote the word on the board."),
    ("assistive_technology", "He presses a single message device to say hello.", "He sent a single message all week."),
    ("assistive_technology", "He reads PDFs in OrbitNote.", "He took notes in his orbit journal."),
    ("assistive_technology", "She brails her answers on the Mountbatten.", "We visited the mountain on the trip."),
    ("reading_intervention", "He gets double-dose reading each afternoon.", "He got a double dose of sunshine at recess."),
])
def test_more_public_names(tagger, topic, said, not_said):
    assert topic in topics(tagger, said), said
    assert topic not in topics(tagger, not_said), not_said


# ---- a pattern's NORM words are read as dictionary forms, as the document's words are: "building" is "build" in
# the lemma table, so a pattern naming "building" never matched "ran out of the building" ----

@pytest.mark.parametrize("text", [
    "He ran out of the building again at dismissal.",
    "She runs out of the building when the fire bell rings.",
])
def test_pattern_words_with_another_dictionary_form_match(tagger, text):
    assert "behavior_support" in topics(tagger, text), text


# ---- school discipline told in everyday words (the labeling of behavior incidents as behavior support), beside
# the same words in other senses ----

@pytest.mark.parametrize("said, not_said", [
    ("He was written up in science today.", "The report was written up by the psychologist."),
    ("She got written up for leaving class.", "The article was written up in the newsletter."),
    ("He was aggressive toward peers at recess.", "He is aggressive about finishing his chores."),
    ("He was sent to the principal's office twice.", "I sent the form to the principal's office."),
    ("He ran from the classroom during math.", "We ran out of class time for the lab."),
    ("He had a restraint on Tuesday.", "The team showed great restraint during the game."),
    ("He's been having behaviors after lunch.", "We are studying animal behaviors in science."),
])
def test_discipline_words_and_near_misses(tagger, said, not_said):
    assert "behavior_support" in topics(tagger, said), said
    assert "behavior_support" not in topics(tagger, not_said), not_said


@pytest.mark.parametrize("topic, text", [
    ("separate_setting", "She gets sep setting for tests."),
    ("breaks", "He gets brks as needed."),
    ("visual_schedule", "He has a visual sched on his desk."),
])
def test_clipped_forms_teachers_type(tagger, topic, text):
    assert topic in topics(tagger, text), text


# ---- search: words a query may be made of, named as the topic they mean only as a query ----

@pytest.mark.parametrize("query, topic", [
    ("artic", "speech_language_therapy"), ("walker", "physical_therapy"), ("reading program", "reading_intervention"),
    ("one-to-one", "paraprofessional"), ("1-to-1", "paraprofessional"), ("ABA", "behavior_support"),
    ("data sheets", "progress_report"), ("harness", "transportation"),
    ("TTS", "read_aloud"),  # as "text to speech" is: read aloud alone as a query
])
def test_queries_name_their_topic(tagger, query, topic):
    assert tagger.topics_for_query(query) == (topic,)


@pytest.mark.parametrize("topic, said, not_said", [
    ("paraprofessional", "Nobody was assigned to shadow him at lunch.", "Students will job shadow her mother at the hospital."),
    ("evaluation", "The BRIEF-2 rating forms came home today.", "Here is a brief update on the field trip."),
    ("evaluation", "Please fill out the BRIEF forms by Friday.", "BRIEF NOTE ABOUT PICTURE DAY FORMS"),
])
def test_shadowing_and_rating_scales(tagger, topic, said, not_said):
    assert topic in topics(tagger, said), said
    assert topic not in topics(tagger, not_said), not_said


@pytest.mark.parametrize("topic, said, not_said", [
    ("assistive_technology", "He uses a VOCA to ask for help.", "The VOCAL music concert is Thursday."),
    ("assistive_technology", "She has a speech output device for lunch.", "The speech at graduation was long."),
    ("sensory_tools", "He has a lap buddy during circle time.", "His buddy sat on his lap on the bus ride home."),
    ("sensory_tools", "She brings her calm-down kit to specials.", "She calmed down after recess."),
])
def test_communication_aids_and_sensory_kits(tagger, topic, said, not_said):
    assert topic in topics(tagger, said), said
    assert topic not in topics(tagger, not_said), not_said
