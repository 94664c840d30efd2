; torchsmt obligation neg.neg_f32 (lemma, op neg, float32)
; -(-x) = x in binary32
(set-info :source |torchsmt lemma neg.neg_f32 kind lemma|)
(set-info :status unsat)
(set-logic ALL)
(declare-fun x () (_ FloatingPoint 8 24))
(assert
 (let (($x9 (= (fp.neg (fp.neg x)) x)))
(not $x9)))
(check-sat)
