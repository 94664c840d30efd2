; torchsmt obligation sign.vjp_zero (lemma, op sign, kink)
; kink convention of sign's vjp rule
(set-info :source |torchsmt lemma sign.vjp_zero kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(assert
 (let (($x26 (= 0.0 0.0)))
(let (($x27 (and $x26 $x26 $x26)))
(not $x27))))
(check-sat)
