select tweet_id,
       case
         when retweet_of_tweet_id is not null then 'retweet'
         when reply_to_tweet_id is not null then 'reply'
         else 'original'
       end as kind,
       char_length(text) as chars,
       280 - char_length(text) as chars_left,
       right(text, 1) = '…' as cut_off
from tweets
where char_length(text) >= 270
order by chars desc, tweet_id
