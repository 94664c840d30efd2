; torchsmt obligation step.vjp_zero (lemma, op step, kink)
; kink convention of step's vjp rule
(set-info :source |torchsmt lemma step.vjp_zero kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(assert
 (let (($x19 (= 0.0 0.0)))
(let (($x20 (and $x19 $x19 $x19)))
(not $x20))))
(check-sat)
