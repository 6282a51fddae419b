"""Requests: asks in a message that need an answer from the other side.

Questions ("Could you send me the speech log for January?", "Was that ever done?"), polite
imperatives with a short lead-in ("To prepare, please send me …", "Please let me know which works
best", "Let me know if Tuesday works"), soft asks ("if you could send the form, that would help",
"can u tell me when to send more"), declarative asks ("I am requesting …", "I want a meeting with the team",
"I'd ask that the district bring …"), an ask after a clause of its own ("the log was missing; please send it"),
and the items listed under a line that introduces asks ("I request the following:", then "(a) …", "(b) …").
Not requests: rhetorical questions ("How is he supposed to make progress if …?", "Surely …?"), small
talk and receipt checks ("How was your weekend?", "Did you get this??"), courtesies ("Please let me
know if you have any questions", "Please don't hesitate to reach out", "let me know if that time doesn't work"),
standing instructions ("Please include me on all correspondence"), reports of earlier asks ("We requested …"), quoted speech,
auto-replies and newsletters. One ask said twice is one request: a declarative ask followed by the direct
question, or an insistence ("I need an answer in writing") after the question.
"""
from __future__ import annotations

import re

from ieptrail.classify import literals
from ieptrail.classify.model import MessageText, RequestFound, TopicMention
from ieptrail.classify.sentences import Sentence, interleaved_quote_spans, mostly_quoted, quoted_spans
from ieptrail.config.providers import is_public_mail_domain

_RHETORICAL = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:how|why|what)\b.{0,80}\bsupposed to\b|\b(?:isn't it|aren't they|don't you think)\s*\?$|"
    r"(?<!^is that )(?<!^is this )(?<!^is it )\bright\s*\?+$|"  # "That's his bus, right?" leans on the reader; "Is that right?" asks
    r"^(?:how hard is it|who does that|who knew\b|what else (?:can|am) i|how many (?:more )?times do (?:i|we) have to|why would anyone)|"
    r"^going\s*(?:\([^)]*\))?\s*\?|"  # a calendar invitation's RSVP line: "Going (me@example.com)?   Yes - Maybe - No"
    r"^(?:and\s+|but\s+)?why is (?:it|this|that) so \w+ (?:to|for)\b|"
    # "Is it really that hard to move him to the front?", "Is that too much to ask?": a complaint put as a question
    r"^(?:and\s+|but\s+|so\s+)?(?:is|was) (?:it|this|that) (?:really |honestly |truly )?(?:that|so|too) "
    r"(?:hard|difficult|complicated|much to ask)\b|\bis (?:that|this|it) (?:really )?too much to ask\b|"
    r"^surely\b|^what if (?:i|we|he|she|they|you) had\b|\bwho (?:doesn't|does not|wouldn't|would not|can't|couldn't) "
    r"(?:love|like|want|enjoy)\b|^who (?:could|would) have (?:known|guessed|thought)\b|"
    # "Isn't that the whole point of a plan?": a negative question that asserts, not asks
    r"^(?:and\s+|but\s+)?(?:isn't|wasn't|isn’t|wasn’t) (?:that|this) (?:exactly |precisely |just )?"
    r"(?:the (?:whole |entire |very )?(?:point|purpose|idea|reason)|what|why)\b|"
    # "Maybe I missed it?": a guess at one's own slip, answered by nobody
    r"^(?:or\s+)?maybe (?:i|we) (?:just )?(?:miss(?:ed)?|overlook(?:ed)?|misread|misunderst(?:and|ood)|forg[eo]t)\b.{0,30}\?$|"
    # "Have you heard of Pre-ETS?": the writer introduces what the next sentences explain
    r"^(?:[\w'-]+,\s+)?have you (?:ever )?heard of\b|"
    # "Is this how the school treats every child on an IEP?": an indictment, not a question about procedure
    r"^(?:and\s+|so\s+)?is (?:this|that) how (?:[\w'’.-]+ ){1,6}?(?:treats?|handles?|deals? with|supports?|serves?|follows?)\b"
    r"[^?]{0,60}\b(?:every|all|any|other)\b|"
    # disbelief, praise and indignation put as questions: "Can you believe it?", "Isn't she the best?", "How is that
    # fair?", "What kind of school does that?", "Is anyone even reading these?", "Who wouldn't be upset?"
    r"(?:^|\s[-–—]\s|[;:]\s)(?:and\s+|but\s+|so\s+|honestly,?\s+)?can you (?:even )?believe\b|"
    # delight put as a question: "Isn't it amazing how far she has come?", "Wasn't that nice to see?"
    r"^(?:and\s+|but\s+|so\s+|honestly,?\s+)?(?:isn't|isn’t|wasn't|wasn’t) (?:it|that|this) (?:just |so )?(?:great|amazing|"
    r"wonderful|nice|cool|funny|awesome|exciting|incredible|fantastic|neat|sweet|something) (?:how|that|to (?:see|hear)|when)\b|"
    r"^(?:isn't|aren't|wasn't|isn’t|aren’t|wasn’t) (?:she|he|it|that|this|they) (?:just )?(?:the (?:best|sweetest|cutest)|"
    r"so \w+|amazing|great|wonderful|awesome|adorable|incredible)\W*$|"
    r"^(?:and\s+|but\s+|so\s+)?how (?:is|was) (?:that|this|it) (?:even )?(?:fair|acceptable|ok|okay|right|legal|appropriate|"
    r"reasonable|allowed)\W*$|"
    r"^(?:and\s+|but\s+|so\s+)?what (?:kind|sort) of (?:a )?(?:school|district|program|system|people|place|teacher|person)\b|"
    r"^(?:and\s+|but\s+|so\s+)?what (?:other )?choice do (?:i|we|they|you) have\b|"
    r"^(?:and\s+|but\s+|so\s+)?where(?:'s| is) the (?:accountability|respect|urgency|common sense|follow-?through)\b|"
    r"^(?:and\s+|but\s+|so\s+)?why (?:is|does) it (?:always|never)\b|"
    r"\b(?:anyone|anybody) (?:even|actually) (?:read|reading|listen|listening|care|caring|paying attention)\b|"
    r"^who (?:wouldn't|would not|couldn't|could not) (?:be|feel|get)\b|"
    r"^how (?:exciting|cool|great|awesome|amazing|wonderful|sweet|fun|neat) is (?:that|this)\b|"
    # a hypothetical put to the reader's own feelings or to everyone: "How would any of us manage if our glasses
    # were taken away?", "How would you feel if it were your son?"
    r"^(?:and\s+|but\s+|so\s+)?how would (?:any of us|anyone|anybody|any (?:adult|teacher|parent|kid|child)|"
    r"you (?:feel|like it))\b[^?]{0,120}\bif\b|"
    r"^(?:and\s+|but\s+|so\s+)?how many more times\b|^(?:and\s+|but\s+|so\s+)?why does (?:this|that|it) keep happening\b|"
    # a suggestion put as a question: "Maybe grade the first two and drop the third?", "Or maybe just skip the quiz?"
    # a suggestion, a cheer, indignation and despair put as questions: "Why not give it a try?", "Who's ready for summer?",
    # "How could nobody notice he was gone?", "Who do I even talk to anymore?", "Do you think that's fair to him?"
    r"^(?:and\s+|but\s+|so\s+)?why not\b|^who(?:'s|’s| is) (?:ready|excited|ready for)\b|"
    r"^(?:and\s+|but\s+|so\s+)?how (?:could|can|did) (?:nobody|no one|no-one|anyone|anybody|they|you|the school|someone)\b(?! (?:please|help|tell|send|let)\b)|"
    r"^(?:and\s+|but\s+|so\s+)?(?:who|what|where|how)\b[^?]{0,40}\beven\b[^?]{0,40}\banymore\b|"
    r"^(?:and\s+|but\s+|so\s+)?do you (?:really |honestly )?think (?:that|this|it)(?:'s|’s| is| was) (?:fair|right|ok|okay|acceptable|appropriate|enough)\b|"
    r"^(?:or\s+|so\s+)?maybe (?:just |try (?:to )?)?(?:grade|drop|skip|try|use|give|let|have|cut|shorten|split|swap|switch|"
    r"move|pair|seat|offer|allow|count|accept|excuse|waive|reduce|modify|start|keep|focus)\b|"
    # news and pride put as questions, a story's set-up: "Can I just say how proud we are?", "Would you believe he read
    # it all?", "Did I mention he lost a tooth?", "Guess what?", "You know what he said?", "What's next, a spelling bee?"
    r"^(?:and\s+|but\s+|so\s+|oh,?\s+)?(?:can|may) i (?:just )?(?:say|tell you)\b|^(?:and\s+|but\s+|so\s+)?would you believe\b|"
    r"^(?:and\s+|but\s+|so\s+|oh,?\s+)?did i (?:mention|tell you)\b|^(?:and\s+|oh,?\s+)?guess what\b|"
    r"^(?:and\s+|but\s+|so\s+)?(?:do )?you know what (?:he|she|they|[a-z]+) (?:said|told|did|asked)\b|"
    r"^(?:and\s+|so\s+)?what(?:'s|’s| is) next,|^who (?:could|would)(?:'ve|’ve) (?:known|guessed|thought)\b|"
    # musing on what the child will do: "I wonder what he'll pick for his project?"
    r"^(?:i )?wonder (?:what|how|which|who|whether|if) (?:he|she|they)(?:'ll|’ll| will| is going to)\b|"
    # shrugs, wonder and jokes: "How about that?", "What more could we ask for?", "Why am I not surprised?", "Can you
    # imagine?", "Oh well, what can you do?", "Is it Friday yet?"
    r"^(?:and\s+|so\s+|well,?\s+)?how about that\W*$|^what more could (?:i|we|anyone|you|a parent) (?:ask|want|hope) for\b|"
    r"^(?:and\s+|so\s+)?why am i not surprised\b|^(?:and\s+|but\s+|seriously,?\s+)?can you (?:even |just )?imagine\b|"
    r"^(?:(?:oh well|anyway|but|well),?\s+)?what (?:can|could|can't) you do\W*$|^is it (?:friday|summer|the weekend|\w+ break) yet\b",
    re.I,
)
# An offer asks nothing of the reader but a yes: "Would you like me to bring the signed copy?", "Want me to call?"
_OFFER = re.compile(r"^(?:[\w'’ ]{1,20},\s*)?(?:would you like (?:me|us) to|do you want (?:me|us) to|(?:do )?you want me to|want me to|"
                    r"shall (?:i|we)\b|would it help if (?:i|we)|would it be (?:helpful|easier) if (?:i|we)|"
                    # a thing offered: "Would you like a paper copy too?", "Would it help to meet in person?"
                    r"would you like (?:a|an|another|extra|more|copies|a copy|a paper copy)\b|"
                    r"would it (?:be )?(?:help|helpful|easier) (?:to|for (?:me|us) to)\b|"
                    # help offered: "Anything else I can help with?", "Is there anything else I can do?"
                    r"(?:is there )?anything else (?:i|we) (?:can|could) (?:help|do)\b|(?:can|could) (?:i|we) help with anything\b|"
                    # "Need anything else from me?", "Do you need anything from us for Thursday?"
                    r"(?:do (?:you|y'?all) )?need anything (?:else )?(?:(?:more )?from (?:me|us|our end|my end)\b|for (?:the|thursday|\w+day)\b|\W*$))",
                    re.I)
_SMALL_TALK = re.compile(
    r"^(?:hi|hello|hey)?[, ]*(?:how are you|how(?:'s| is| was| are)\s+(?:your|the|you)\s*(?:week|weekend|day|break|holiday|"
    r"vacation|summer|doing|things)?|hope (?:you|all) (?:are|is)|how have you been|happy \w+)\b[^?]{0,30}\?$|"
    r"^¿?\s*c[oó]mo (?:est[aá]s?|le va|te va)\b|"
    r"^(?:(?:have|got) (?:a |any )?|any (?:other |more )?)?questions?\s*\?|"  # a notice's "Have a question? Call the office"
    r"^(?:[\w ]{1,15},?\s+)?did you (?:get|receive|see) (?:this|my|it|that|the)\b[^?]{0,25}\?+$|"
    r"^(?:(?:i'?m |i am )?not sure|(?:i )?don'?t know) (?:if|whether) you (?:saw|got|received|have seen|'ve seen)\b[^?]{0,30}\?+$|"  # "Mama did you get this??"
    # well-wishing with a question mark, and a check that the message was understood: "Hope you had a good break?",
    # "Are you feeling better?", "Hope that helps?", "Does that make sense?", "Does that answer your question?"
    r"^(?:i )?hope\b[^?]{0,80}\?$|^(?:are|r) (?:you|u) (?:feeling|doing) (?:any )?(?:better|ok|okay|well|alright)\b[^?]{0,30}\?$|"
    r"^(?:(?:does|did) (?:that|this|it|all (?:of )?this|everything) (?:all )?)?makes? sense\b[^?]{0,30}\?$|"
    r"^(?:does|did) (?:that|this|it) (?:help|answer your questions?)\b[^?]{0,30}\?$|"
    r"^(?:do|did) you have (?:any )?(?:other|more|further|additional) questions\b[^?]{0,30}\?$|"
    # thanks typed with a question mark, and a cheer: "Thanks so much for letting us know?", "Excited for the field trip?"
    r"^(?:thanks?|thank you|ty)(?: so much| again| very much)?(?: for [^?,;]{0,50})?\W*$|"
    r"^(?:all |everyone |y'?all )?(?:ready|excited|pumped|psyched) (?:for|about) (?:the |tomorrow|this|our|\w+day)[^?]{0,40}\?$",
    re.I,
)
# an ask that something be done for, or sent back to, the one asking
_ASK_VERB = (r"send|let (?:me|us) know|provide|forward|share|tell|confirm|review|sign|return|schedule|call|email|e-mail|"
             r"text|contact|give|update|reply|respond|fill out|fill in|complete|check|clarify|explain|advise|put|add|"
             r"include|arrange|set up|get back|look into|write|mail|bring|fax|scan|choose|pick|copy|cc|loop|get|make sure|"
             r"ensure|pull|find out|ask|remind|approve|initial|submit|upload|post|print|document|keep me|verify|"
             r"double-check|consider|reconsider|reschedule|correct|fix|investigate|look at|note in|mark|"
             # a thing to put forward or leave somewhere, a talk to have: "please propose two dates", "if you could
             # place the slides in my box", "can someone talk to him about it"
             r"propose|suggest|place|leave|drop off|talk (?:to|with)|speak (?:to|with)|meet with|sit down with|rsvp")
_POLITE_ASK = re.compile(
    # a short lead-in ("Also,", "To get ready,", "Ms. Lee,"), not a condition ("If you need help, please call …")
    # "If you agree with the plan, please sign …": a decision asked for, not help offered
    r"^(?:(?:also|and|so|then|ok(?:ay)?|again)[,.]?\s+|if (?:you|that|this|it)\s+(?:agree|approve|accept|works?|suits?)\b[^,]{0,60},\s+|"
    r"(?!(?:if|for|when|in case|should|unless|whenever)\b)"
    r"(?:(?:mr|mrs|ms|dr)\.?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3},\s+)?"
    r"(?:please|kindly|pls|plz)\s+(?:could you\s+|can you\s+|also\s+|just\s+)?"
    rf"(?P<verb>{_ASK_VERB})\b(?P<rest>.*)",
    re.I | re.S,
)
# "Let me know which day works" without a "please": an ask all the same (a courtesy "let me know if …" is not)
_LET_ME_KNOW_ASK = re.compile(r"^(?:(?:also|and|so|ok(?:ay)?|great|thanks)[,.!]?\s+)?(?:just\s+)?let (?:me|us) know\s+"
                              r"(?:by \w+ \w*\s*)?(?:which|when|whether|what|who|how|where|if|your (?:thoughts|input|feedback|"
                              r"opinion|preference|availability|decision|answer))\b|"
                              # after a clause of its own: "I know you'll fit it in, just let me know roughly when"
                              r"[,;]\s+(?:but\s+|so\s+)?(?:just\s+|please\s+)?let (?:me|us) know\s+(?:roughly\s+|about\s+|exactly\s+)?"
                              r"(?:which|when|whether|what|who|how|where)\b", re.I)
_COURTESY = re.compile(
    r"\b(?:reach out if|don'?t hesitate|do not hesitate|feel free|if you have (?:any )?(?:other |more |further )?(?:questions|concerns)|"
    r"if you need anything|if anything (?:changes|comes up)|if i have misunderstood|if you see anything|"
    r"any (?:feedback|questions|comments|thoughts|input|concerns|suggestions)\b|if you need (?:immediate )?(?:help|assistance)|"
    r"if there(?:'s| is) anything|if i can (?:help|be of)|\b(?:e-?mail|call|text|contact|write to) (?:me|us) (?:any ?time|whenever)\b|"
    r"\blet (?:me|us) know how (?:it|things|that|the \w+|his \w+|her \w+) (?:goes|go|went)\b|"
    # an instruction for a contingency: "Please call the office if he will be absent", "check your spam folder if you
    # don't see the invitation"
    r"\b(?:if|whenever|in case)\s+(?:he|she|they)\s+(?:will be|is ever|are ever|gets?|feels?|becomes?|has to|needs to)\s+(?:absent|sick|ill|late|out|"
    r"home|picked up|upset|tired|unwell|overwhelmed)\b|\bif you (?:don'?t|do not|can'?t|cannot) (?:see|find|get|receive|open)\b|is there anything (?:else )?(?:you need|i can)|anything you(?:'d| would) like)",
    re.I,
)
# "let me know if …" is a courtesy, unless it asks about a proposal ("if that time works") or by a date
_LET_ME_KNOW_IF = re.compile(r"\blet (?:me|us) know if\b", re.I)
_PROPOSAL = re.compile(r"\bif (?:i|we) (?:missed|left out|got) (?:anything|something)\b|\bif anything (?:here )?(?:is|was) (?:wrong|missing|"
                       r"incorrect|off)\b|\bif (?:anything|this|that) differs\b|"  # a summary to check: "…if I got anything wrong"
                       r"\bif you (?:would like to|'d like to|want to|wish to|will|plan to|agree|accept)\b(?! (?:like to )?(?:talk|discuss|chat|meet)\b)|"
                       # a fact that already happened, asked about: "let me know if he ate his lunch", "tell me if she
                       # got the note" (not a standing watch: "let me know if he has any trouble", "if they didn't make it")
                       r"\bif (?:he|she|they|the (?:bus|aide|para|note|form|packet|papers?))\s+(?!(?:did|was|were|had)n)"
                       r"(?:did|was|were|had|ate|got|went|made|took|ever|actually|finished|turned|handed|received)\b|"
                       r"\bif\b[^.?]{0,60}\b(?:works?|suits?|is (?:ok|okay|fine|convenient)|"
                       r"are (?:ok|okay|fine|convenient))\b|\b(?:by|before|no later than)\s+(?:\w+day\b|[A-Z][a-z]+ \d|\d)", re.I)
# "let me know if that time doesn't work": an answer is wanted only if the plan fails, so silence is the answer
_ONLY_IF_NOT = re.compile(r"\blet (?:me|us) know if\b[^.?]{0,60}\b(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|can'?t|"
                          r"cannot)\s+(?:work|suit|fit|be (?:ok|okay|possible|convenient))\b", re.I)
_CLARIFYING = re.compile(r"^(?:is that|is it|or\b|if (?:not|so|yes|no)\b|(?:not )?even\b|does that|would that|will that|i mean\b|in other words)", re.I)
_INDIRECT_ASK = re.compile(
    r"^(?:(?:accordingly|also|and|so|therefore|again|finally|first|lastly|on (?:his|her|their|the parent'?s?|my client'?s?) behalf),?\s+|"
    # whom it is put to, or what it is for: "Ms. Lee, Mr. Ortiz: I want to know …", "For the meeting itself, I'd ask that …"
    # (not a condition: "If you have time, I'd like …")
    r"(?!(?:if|when|whenever|in case|unless|should|once|after|before|until|since|because|as)\b)"
    r"(?:(?:mr|mrs|ms|dr)\.?\s+)?[\w'’-]+(?:,?\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?[\w'’-]+){0,4}[,:]\s+)?"
    r"(?:I(?:'d| would) (?:appreciate it if you could|be grateful if you could|like you to)|I am (?:requesting|asking) (?:that )?you|"
    r"I(?:'m| am) writing to (?:request|ask) (?:that )?you|can you please|could you please|would you please|"
    r"(?:I|we)(?:'m|'re| am| are) (?:formally )?(?:requesting|asking for)|(?:I|we)(?:'d| would)? (?:formally |also |respectfully |therefore )?(?:request|ask that)\b|"
    r"(?:I|we)(?:'d| would) like to (?:formally |respectfully )?request|the parents? (?:also )?(?:requests?|asks?)\b|"
    r"(?:my|our) (?:request|ask) is|(?:I|we)(?:(?:'d| would) (?:also |really )?like| (?:also |really |just |still )?want) to (?:know|find out)\s+"
    r"(?:how|what|when|why|which|who|whether|if)\b|(?:I|we)(?:'d| would) (?:also )?like (?:a copy|copies|to (?:get|receive|see|have) (?:a )?cop(?:y|ies))|"
    # "I was wondering whether she could…", "I need to know who covers…", "I'd appreciate a copy of…", typed without "?":
    # "Is it possible to move it to the afternoon", "Can someone tell me why…"
    r"(?:I|we)(?:'m| am|'re| are| was| were) (?:just |also )?wondering (?:if|whether|when|what|how|who|why|which)\b|"
    r"(?:I|we) (?:really |also |still )?need to know (?:(?:by|before) \w+(?: \d{1,2})?,?\s+|today,?\s+|asap,?\s+|soon,?\s+)?"
    r"(?:how|what|when|why|which|who|whether|if)\b|"
    r"(?:I|we)(?:'d| would) (?:also |really |greatly )?appreciate (?:a |an |any )?(?:copy|copies|call|response|answer|update|reply|"
    r"explanation)\b|(?:is|would) it (?:be )?possible (?:to|for)\b|"
    rf"(?:I|we)(?:'m| am|'re| are) hoping (?:you|someone) (?:can|could|will|would) (?:{_ASK_VERB})\b|"
    rf"(?:can|could) (?:someone|somebody|anyone)(?: (?:at|from|in|on) (?:home|school|the \w+|your \w+))? (?:please )?(?:{_ASK_VERB})\b|"
    # a demand for a meeting or a document: "I want a meeting with the team next week", "We also want copies of the
    # logs", "I'd like to have an IEP meeting before break", "I need the notice we were told about"
    r"(?:I|we)(?: (?:also |still |really |just )?(?:want|need)|(?:'d| would) (?:also |really )?like)"
    r"(?: to (?:have|schedule|set up|get|receive|see|request))? (?:a |an |the |all (?:of )?(?:the )?|any |his |her |their |"
    r"our |my )?(?:[\w'’-]+ ){0,3}?(?:meeting|conference|cop(?:y|ies)|records?|logs?|notice|pwn|explanation|answer|"
    r"list|documentation|interpreter|translator)\b|"
    # the same in Spanish: "Le escribo para pedir una reunión", "Necesito un intérprete, por favor"
    r"(?:le|les) escribo para (?:pedir|solicitar)\b|(?:quiero|quisiera|queremos) (?:pedir|solicitar)\b|"
    r"necesit(?:o|amos) (?:un|una|el|la|los|las|copias?)\b[^.?]{0,80}\bpor favor\b)",
    re.I,
)
# an ask after a clause of its own: "The log was not attached; please send it before the meeting"
_LATE_PLEASE = re.compile(rf"[;:]\s+(?:so\s+|and\s+)?(?:please|kindly)\s+(?P<verb>{_ASK_VERB})\b(?P<rest>.*)", re.I | re.S)
# "if you could send me a copy, that would help", "can u tell me when to send more" (typed without "?")
_SOFT_ASK = re.compile(
    rf"(?:(?:^(?:(?:also|and|so|(?:mr|mrs|ms|dr)\.? [\w'-]+|[\w'-]+),?\s+)?|[,;]\s+(?:so\s+|and\s+)?)if you (?:could|would|can)|"
    rf"\b(?:can|could|would) (?:you|u))\s+"
    rf"(?:please\s+|pls\s+|also\s+)?(?:{_ASK_VERB})\b", re.I)
# "Was that ever done? I would like an answer in writing.": insisting on the answer to the question just asked
# "Could you send the schedule? I'd like to know who to expect.": the reason for the question just asked, not a second ask
_INSISTS = re.compile(r"^(?!.*\balso\b).*\b(?:answer|response|reply|explanation|in writing|(?:like|want|need) to know)\b", re.I)
# a line that introduces a list of asks: "I'm asking for two things:", "I request the following:"
_ASK_LIST_INTRO = re.compile(r"\b(?:ask(?:ing)? for|request(?:s|ing)?|would like|need|want)\b[^:]{0,60}:$", re.I)
_LIST_ITEM = re.compile(r"^(?:\(?\d{1,2}[.)]|[-*•]|\(?[a-h][.)])\s+")  # "1.", "b)", "(c)", "- "
# An intro that names what is asked for, its list only saying which ones: "the parent requests copies of the following:"
_INTRO_NAMES_THE_ASK = re.compile(r"\b(?:cop(?:y|ies)|records?|documents?|documentation|files?)\s+(?:of\s+)?(?:the following|these|"
                                  r"everything|all of the following)\b", re.I)
# A later ask that takes the listed items up as one: "Can you let us know which of these the district will agree to?"
_ASKS_ABOUT_THE_LIST = re.compile(r"\b(?:which|any|all|each|none|either) of (?:these|them|those|the above)\b|"
                                  r"\bthese (?:requests|items|options|proposals)\b", re.I)


# An automated notice (a service's "action needed" mail) says so in its footer; nobody there reads an answer
_AUTOMATED_NOTICE = re.compile(
    r"\byou(?:'re| are) receiving this (?:message|e-?mail|notice|notification)\b|"
    r"\bthis (?:is an? )?(?:automated|automatic(?:ally generated)?|system[- ]generated) (?:message|e-?mail|notice|notification)\b|"
    r"\b(?:please )?do not reply (?:directly )?to this (?:message|e-?mail)\b|\bthis (?:mailbox|address|inbox) is not monitored\b|"
    r"\breplies to this (?:message|e-?mail|address) (?:are|will) not (?:be )?(?:read|monitored|answered)\b", re.I)
# How to write from now on, not something to answer: "Please use this address going forward", "please copy my
# other address when you write to me"
_STANDING_MAIL_RULE = re.compile(
    r"\b(?:address|e-?mail|inbox|account|cc|copy)\b.{0,80}\b(?:going forward|from now on|in the future|"
    r"(?:when|whenever|each time|every time) you (?:write|e-?mail|reply|respond|send|contact)|on (?:all|every|any) (?:future )?(?:e-?mails?|messages?))\b|"
    r"\b(?:going forward|from now on|in the future)\b.{0,60}\b(?:this|that|my|the school|the other|your school) "
    r"(?:\w+ )?(?:address|e-?mail|inbox|account)\b|"
    # who to copy from now on: "Please include me on all correspondence about her", "cc my other address on anything
    # about the IEP"
    r"\b(?:include|cc|copy|loop|keep)\b.{0,60}\bon (?:all|every|any|anything|everything)(?: future| further)? "
    r"(?:correspondence|communications?|e-?mails?|messages?|notices?|mail|about|regarding|related|concerning|to do with)\b|"
    # to be told of what comes later: "please keep me in the loop", "put me on the list for whatever letter goes out"
    r"\bkeep (?:me|us) (?:in the loop|posted|updated|informed)\b|"
    r"\b(?:put|add|include) (?:me|us|my (?:name|e-?mail|address)) (?:on|to) (?:the|your|any|that) (?:[\w-]+ )?(?:list|roster)\b",
    re.I | re.S)


# An instruction is carried out, not answered: "Please make sure he gets a good night's sleep", "please bring it
# Thursday", "please keep the log going", "please mark anything you want changed" (put as a question, "Can you make
# sure…?", it asks; and "please make sure I get a copy" asks for something back)
_INSTRUCTION_VERB = re.compile(r"^(?:make sure|ensure|bring|mark|keep|place|leave|drop off)$", re.I)
# A routine for home or a visit, carried out and not answered: "Please send a snack with her every day", "Please remind
# him to charge his laptop", "Please sign in at the front office when you arrive"
_HOME_ROUTINE = re.compile(r"\b(?:each|every) (?:day|morning|afternoon|evening|night|week|monday|tuesday|wednesday|thursday|"
                           r"friday)\b|\bdaily\b|\bnightly\b|^remind (?:him|her|them|the kids|your (?:son|daughter|child))\b|"
                           r"^sign (?:in|out)\b", re.I)
_TO_THE_ASKER = re.compile(r"\b(?:me|us|my|our|I|we)\b|\bback\b|\b(?:let|tell|update) (?:me|us)\b", re.I)


# Greetings and thanks to pass on: "Please give Ivy a hug for me", "Please tell Mr. Lee thank you", "say hi to her"
_PASS_ON_GREETING = re.compile(
    r"^(?:please\s+|pls\s+)?(?:give|tell|send|pass (?:on|along)|say)\b[^?!]{0,40}?\b(?:a (?:big )?hug|hugs|hi|hello|"
    r"thanks|thank you|congratulations|congrats|(?:my|our) (?:best|love|regards|best wishes|thanks|gratitude|appreciation))\b",
    re.I)


# A greeting that puts the mail to someone by title ("Dear Ms. Lee", "Hi Coach", "Sra. Ruiz,"): a school's or an
# agency's person, even at a personal address
_TITLED_GREETING = re.compile(r"^\W*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[ ,]*)?"
                              r"(?:mr|mrs|ms|miss|dr|coach|principal|sr|sra|srta|profe?)\b", re.I)


# a teacher writing to a family from a personal address: "your daughter", "in my class"
_TEACHERS_VOICE = re.compile(r"\byour (?:son|daughter|child|kid|student)\b|\bin (?:my|our) (?:class|classroom|room|group)\b", re.I)


def _to_own_family(message: MessageText) -> bool:
    """The user's own mail to family only (every address at a public mail provider, nobody greeted by title):
    "Can you pick her up Thursday?" to a spouse asks the family, not the school."""
    def personal(email: str | None) -> bool:
        return bool(email) and "@" in email and is_public_mail_domain(email.rsplit("@", 1)[1])

    return message.from_user and message.author is not None and personal(message.author.email) \
        and bool(message.recipients) and all(personal(person.email) for person in message.recipients) \
        and not _TITLED_GREETING.match(message.new_text) and not _TEACHERS_VOICE.search(message.new_text)


def find_requests(sentences: list[Sentence], message: MessageText, topics: list[TopicMention]) -> list[RequestFound]:
    if message.auto_reply or message.bulk or _to_own_family(message):
        return []
    if literals.search(_AUTOMATED_NOTICE, message.new_text) or literals.search(_AUTOMATED_NOTICE, message.signature):
        return []
    quotes = quoted_spans(message.new_text) + interleaved_quote_spans(message.new_text)
    found: list[tuple[RequestFound, Sentence]] = []
    author = message.author
    items_of_intro, quiet_intros = _listed_asks(sentences, message.new_text)
    for sentence in sentences:
        if mostly_quoted(quotes, sentence):
            continue
        text = _LIST_ITEM.sub("", sentence.text).strip()
        rule = "listed-ask" if sentence.index in items_of_intro else _rule(text)
        if rule is None or (rule == "indirect-ask" and _ASK_LIST_INTRO.search(text) and sentence.index in quiet_intros):
            continue
        if rule == "question" and _answers_itself(text, sentences, sentence):
            continue  # "Why does this matter? Because last year nobody wrote his breaks down.": the writer's own answer
        previous = found[-1] if found else None
        if previous is not None and previous[1].index == sentence.index - 1 and previous[1].paragraph == sentence.paragraph:
            if _CLARIFYING.match(text) and previous[0].rule == "question":
                continue  # "Who will do it? Is that Ms. N or Mr. K?": one ask, not two
            if _is_statement_ask(rule) and not _is_statement_ask(previous[0].rule) and _INSISTS.match(text):
                continue  # "Was that ever done? I need an answer in writing.": the question is the ask
            if _is_statement_ask(previous[0].rule) and not _is_statement_ask(rule):
                found.pop()  # "I'm requesting a meeting. Please let me know what dates work.": the direct ask is the one to answer
        sentence_topics = tuple(dict.fromkeys(t.topic for t in topics if sentence.start <= t.start < sentence.end))
        found.append((RequestFound(
            sentence=sentence.text, start=sentence.start, end=sentence.end, rule=rule,
            by_name=author.name if author else None, by_email=author.email if author else None, topics=sentence_topics,
        ), sentence))
    return [request for request, _ in found]


# A question its writer answers in the next breath: "Why does it matter? Because…", "What's the answer? Simple: …"
_WHY_QUESTION = re.compile(r"^\W*(?:and\s+|but\s+|so\s+)?(?:why|how come)\b", re.I)
_OWN_ANSWER = re.compile(r"^\W*(?:because|'?cause|the (?:short |simple )?answer(?: is|:)|answer:|simple:|easy:)|"
                         # taken back at once: "Who else is coming? Never mind, I see the list.", "…? Actually I just saw
                         # the invite, so ignore that."
                         r"^\W*(?:never ?mind|nvm|scratch that|disregard (?:that|this|my question))\b|"
                         r"\b(?:so |please )?(?:ignore|disregard) (?:that|this|my (?:last )?question|the question)\W*$", re.I)
# the other's question restated before the writer answers it: "Per your question, does he need a calculator?"
_RESTATED = re.compile(r"^\W*(?:per|re:?|regarding|as for|as to|about|to answer|in answer to) (?:your|the) (?:\w+ )?question\b", re.I)
_OWN_REASON = re.compile(r"^\W*(?:because|'?cause)\b", re.I)


def _answers_itself(text: str, sentences: list[Sentence], sentence: Sentence) -> bool:
    """Is the next sentence of the paragraph the writer's own answer to this question ("Why? Because…"; not the
    reason for an ask: "Can you send it? Because I never got the first one")?"""
    following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    if _RESTATED.match(text):
        return True
    if following is None or following.paragraph != sentence.paragraph:
        return False
    if _OWN_REASON.match(following.text):
        return bool(_WHY_QUESTION.match(text))
    return bool(_OWN_ANSWER.search(following.text))


def _is_statement_ask(rule: str) -> bool:
    return rule == "indirect-ask"


def _listed_asks(sentences: list[Sentence], text: str) -> tuple[dict[int, int], set[int]]:
    """The list items that are asks of their own (each -> the line that introduces it), and the intro lines that
    are no ask of their own. Not the items of an intro that names what it asks for (the intro is the ask: "I
    request copies of the following:"), nor items a later ask of the message takes up as one ("…which of these
    will the district agree to?": that ask is the one to answer, not the intro either)."""
    items = _items_after_intros(sentences, text)
    if not items:
        return items, set()
    intros = set(items.values())
    if any(_ASKS_ABOUT_THE_LIST.search(sentence.text) and _rule(sentence.text) for sentence in sentences[max(items) + 1:]):
        return {}, intros
    naming = {intro for intro in intros if _INTRO_NAMES_THE_ASK.search(sentences[intro].text)}
    return {item: intro for item, intro in items.items() if intro not in naming}, intros - naming


def _items_after_intros(sentences: list[Sentence], text: str) -> dict[int, int]:
    """List items that follow a line introducing asks ("I request the following:") -> that line's index."""
    items: dict[int, int] = {}
    for sentence in sentences:
        if not (sentence.text.endswith(":") and _INDIRECT_ASK.match(_LIST_ITEM.sub("", sentence.text))
                and _ASK_LIST_INTRO.search(sentence.text)):
            continue
        for following in sentences[sentence.index + 1:]:
            line_start = text.rfind("\n", 0, following.start) + 1
            marked = _LIST_ITEM.match(text[line_start:following.start + 4].lstrip()) and following.start - line_start < 8
            if not marked:
                break
            items[following.index] = sentence.index
    return items


def _rule(text: str) -> str | None:
    question = text.rstrip("\"')” ").endswith("?")
    if question:
        if literals.search(_RHETORICAL, text) or literals.search(_SMALL_TALK, text) or literals.search(_OFFER, text):
            return None
        if _COURTESY.search(text) and not re.search(r"\b(which|when|whether|what|who|how)\b", text, re.I):
            return None
        return "question"
    polite = literals.match(_POLITE_ASK, text) or literals.search(_LATE_PLEASE, text)
    if polite:
        if _courtesy(text) or _STANDING_MAIL_RULE.search(text):
            return None
        if _PASS_ON_GREETING.search(text):
            return None  # "Please tell Ivy I said hi!": a kindness passed on, nothing to answer
        if _INSTRUCTION_VERB.match(polite.group("verb")) and not _TO_THE_ASKER.search(polite.group("rest")):
            return None  # "Please make sure he eats breakfast that morning": done, not answered
        if _HOME_ROUTINE.search(f"{polite.group('verb')}{polite.group('rest')}") and not _TO_THE_ASKER.search(polite.group("rest")):
            return None  # "Please send a water bottle with him each day", "please remind him to…", "please sign in at the office"
        return f"polite-ask:{' '.join(polite.group('verb').lower().split())}"
    if literals.search(_LET_ME_KNOW_ASK, text) and not _courtesy(text):
        return "polite-ask:let me know"
    if literals.search(_SOFT_ASK, text) and not _courtesy(text):
        return "soft-ask"
    if literals.match(_INDIRECT_ASK, text):
        return "indirect-ask"
    return None


def _courtesy(text: str) -> bool:
    if _COURTESY.search(text) or _ONLY_IF_NOT.search(text):
        return True
    return bool(_LET_ME_KNOW_IF.search(text)) and not _PROPOSAL.search(text)
