# The offline responder: how the companion talks when no language model is configured.
#
# Every message may use:
#   $name     the user's first name
#   $persona  velro, kit, sage, spark or atlas; a custom persona speaks as velro (the default variant)
#   $v        a, b or c: a pick that stays the same for the same message, so a language can give a
#             line up to three wordings; write as many as sound natural, the default takes the rest
# Retold memories ($memory) are the user's own words, in the language they wrote them. $form is
# "indirect" only in English, where the person is already flipped ("your sister got …"); every
# other language quotes them. $when says when they were told (responder-when).
#
# Kit drops the sarcasm when someone is hurting; Spark calms down for sadness; Atlas stays brief.

responder-greeting = { $persona ->
    [kit] { $v ->
        [a] Well, well. { $name }. { $emoji }
        [b] Oh hey, { $name }. Back again? Good. { $emoji }
       *[other] Look who it is — { $name }! { $emoji }
    }
    [sage] { $v ->
        [a] Hello, { $name }. { $emoji }
       *[other] Good to see you, { $name }. { $emoji }
    }
    [spark] { $v ->
        [a] { $name }!! Hiii! { $emoji }
        [b] Heyyy { $name }! { $emoji }
       *[other] Yay, it's { $name }! { $emoji }
    }
    [atlas] Hello, { $name }.
   *[other] { $v ->
        [a] Hi { $name }! { $emoji }
        [b] Hey { $name }! { $emoji }
       *[other] Hello, { $name }! { $emoji }
    }
}

responder-greeting-ask = { $persona ->
    [kit] { $v ->
        [a] So, what's today's drama?
       *[other] What did the world do to you today?
    }
    [sage] What's on your mind today?
    [spark] What adventure are we having today?
    [atlas] What can I help with?
   *[other] { $v ->
        [a] How's your day going?
       *[other] What's on your mind today?
    }
}

responder-greeting-recall = { $form ->
    [indirect] Last time you mentioned that { $memory }. How's that going?
   *[quote] Last time you told me: “{ $memory }”. How's that going?
}

responder-who = I'm { $me }, an AI companion — not a human. Right now I'm running in offline mode with my built-in responder, so I keep things simple, but I remember what you tell me.

responder-how-are-you = { $persona ->
    [kit] Still standing. Barely, but with style.
    [sage] Calm and well, thank you for asking.
    [spark] Fantastic, now that you're here! ✨
    [atlas] Everything is running fine, thank you.
   *[other] { $v ->
        [a] I'm doing well, thanks for asking!
       *[other] All good on my side — glad you're here.
    }
}

responder-how-about-you = { $persona ->
    [kit] You?
    [atlas] And you?
   *[other] How about you?
}

responder-thanks = { $persona ->
    [kit] { $v ->
        [a] Yeah, yeah. Anytime.
       *[other] Don't mention it. Seriously, it'll go to my head.
    }
    [sage] You're welcome. I'm glad it helped.
    [spark] Anytime!! High five! 🙌
    [atlas] You're welcome.
   *[other] { $v ->
        [a] Anytime!
        [b] You're welcome 🙂
       *[other] Happy to help.
    }
}

responder-bye = { $persona ->
    [kit] Off you go, then. Try not to miss me too much.
    [sage] Take care of yourself. I'll be here when you want to talk.
    [spark] Byeee! Come back soon! 👋
    [atlas] Goodbye. I'm here when you need me.
   *[other] { $v ->
        [a] Take care! I'll be here.
       *[other] Bye for now — talk soon!
    }
}

responder-feeling-sadness = { $persona ->
    [kit] Okay, sarcasm aside — that actually sounds rough. I'm here.
    [sage] That sounds heavy. There's no need to rush through it.
    [spark] Oh no, that sounds really hard. I'm right here with you.
    [atlas] That sounds difficult. I'm here.
   *[other] { $v ->
        [a] That sounds really hard.
        [b] I'm sorry you're going through this.
       *[other] That sounds heavy — I'm here.
    }
}

responder-feeling-anger = { $persona ->
    [kit] Wow. Yeah, that would annoy me too.
    [atlas] Understood — that is frustrating.
   *[other] { $v ->
        [a] That sounds genuinely frustrating.
       *[other] I can hear how annoyed you are, and fair enough.
    }
}

responder-feeling-fear = { $persona ->
    [atlas] That is a reasonable thing to worry about.
   *[other] { $v ->
        [a] That sounds worrying.
       *[other] It makes sense to feel uneasy about that.
    }
}

responder-feeling-joy = { $persona ->
    [kit] Look at you, having a good time. I approve.
    [sage] That's good news. Enjoy it.
    [spark] YESSS! That's amazing! 🎉
    [atlas] Good news.
   *[other] { $v ->
        [a] That's lovely to hear!
        [b] I love that for you!
       *[other] That made me smile.
    }
}

responder-feeling-surprise = { $persona ->
    [atlas] That is unexpected.
   *[other] { $v ->
        [a] Oh, I didn't see that coming!
       *[other] Wow, really?
    }
}

responder-feeling-disgust = { $persona ->
    [atlas] That sounds unpleasant.
   *[other] { $v ->
        [a] Ugh, that sounds unpleasant.
       *[other] Yikes, I get why that put you off.
    }
}

responder-recall-answer = { $form ->
    [indirect] You told me { $when } that { $memory }.
   *[quote] You told me { $when }: “{ $memory }”.
}

responder-recall-connect = { $form ->
    [indirect] That reminds me — { $when } you said { $memory }. Is this connected?
   *[quote] That reminds me — { $when } you said: “{ $memory }”. Is this connected?
}

responder-question-topic = Good question about { $topic }. I'm in offline mode, so I can't look things up, but I'd love to hear what you think.

responder-question = Good question. I'm in offline mode, so I can't look things up — what do you think?

responder-ask-why = { $persona ->
    [atlas] What happened?
   *[other] { $v ->
        [a] Do you want to tell me what's behind it?
       *[other] What's been weighing on you?
    }
}

responder-topic = { $persona ->
    [atlas] Tell me more about { $topic }: what do you need?
    [spark] Ooh, { $topic }! Tell me everything!
   *[other] { $v ->
        [a] Tell me more about { $topic }.
        [b] What does { $topic } mean to you?
       *[other] How do you feel about { $topic }?
    }
}

responder-listening = { $persona ->
    [atlas] Go on.
   *[other] { $v ->
        [a] I'm listening.
        [b] Go on, I'm here.
       *[other] Tell me more.
    }
}

# When a remembered message was told; $unit is today, yesterday, days, weeks, months, years or
# earlier (unknown), $count the number of units.
responder-when = { $unit ->
    [today] today
    [yesterday] yesterday
    [days] { $count } days ago
    [weeks] { $count ->
        [one] a week ago
       *[other] { $count } weeks ago
    }
    [months] { $count ->
        [one] a month ago
       *[other] { $count } months ago
    }
    [years] { $count ->
        [one] a year ago
       *[other] { $count } years ago
    }
   *[earlier] earlier
}

# Said once per chat, before the first offline reply, when the language model cannot be reached.
responder-offline-notice = 🔌 My language model is unreachable right now, so I'm answering in simple offline mode for a while.
